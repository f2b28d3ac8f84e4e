#pragma once

// What the fuzz targets share: the input as Qt bytes, split into the several files some readers
// need, and written to a file for the readers that only take a path. Besides "no crash, hang or
// sanitizer report", a target checks that a refused input's error names the file (requireNamed).
#include "common/result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace lookbook::fuzz {

class FuzzInput final
{
public:
    static QByteArray bytes(const std::uint8_t *data, std::size_t size)
    {
        return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    }

    // Targets that read two files take one input with this line between them, so that a corpus
    // file stays a single readable file.
    static QList<QByteArray> parts(const QByteArray &input, int count)
    {
        static const QByteArray separator = QByteArrayLiteral("\n#####\n");
        QList<QByteArray> result;
        qsizetype from = 0;
        while (result.size() < count - 1) {
            const qsizetype at = input.indexOf(separator, from);
            if (at < 0)
                break;
            result.append(input.mid(from, at - from));
            from = at + separator.size();
        }
        result.append(input.mid(from));
        while (result.size() < count)
            result.append(QByteArray());
        return result;
    }

    // Every reader's error names the file it read, so that a user knows which one is at fault.
    template <typename T>
    static void requireNamed(const Result<T> &result, const QString &name)
    {
        if (!result.ok() && !result.error().message.contains(name)) {
            std::fprintf(stderr, "the error does not name %s: %s\n", qPrintable(name), qPrintable(result.error().message));
            std::abort();
        }
    }

    // A folder that lives as long as the process; each call replaces the file `name` in it.
    static QString folder()
    {
        static QTemporaryDir dir;
        if (!dir.isValid())
            std::abort();
        return dir.path();
    }

    static QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = folder() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            std::abort();  // the fuzzer's own disk failing is no finding
        return path;
    }
};

} // namespace lookbook::fuzz
