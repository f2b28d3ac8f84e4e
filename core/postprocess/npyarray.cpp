#include "postprocess/npyarray.h"

#include "common/atomicfile.h"
#include "common/filebytes.h"

#include <QFile>
#include <QSet>
#include <QSysInfo>
#include <QtEndian>

#include <cstdint>
#include <limits>
#include <optional>

namespace lookbook::postprocess {

namespace {

const QByteArray kMagic = QByteArrayLiteral("\x93NUMPY");

struct NpyHeader final {
    QByteArray descr;
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
};

// The header is a Python literal dict ({'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), });
// this reads exactly that subset and leaves a message in `problem` at the first thing it cannot read.
struct HeaderCursor final {
    const QByteArray &text;
    qsizetype pos = 0;
    QString problem;

    void skipSpace()
    {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
            ++pos;
    }
    bool fail(const QString &what)
    {
        if (problem.isEmpty())
            problem = QStringLiteral("%1 at offset %2").arg(what).arg(pos);
        return false;
    }
    bool take(char c)
    {
        skipSpace();
        if (pos < text.size() && text[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    }
    std::optional<QByteArray> string()
    {
        skipSpace();
        if (pos >= text.size() || (text[pos] != '\'' && text[pos] != '"')) {
            fail(QStringLiteral("expected a quoted string"));
            return std::nullopt;
        }
        const char quote = text[pos];
        const qsizetype end = text.indexOf(quote, pos + 1);
        if (end < 0) {
            fail(QStringLiteral("unterminated string"));
            return std::nullopt;
        }
        const QByteArray value = text.mid(pos + 1, end - pos - 1);
        pos = end + 1;
        return value;
    }
    std::optional<bool> boolean()
    {
        skipSpace();
        for (const auto &[word, value] : {std::pair{QByteArrayLiteral("True"), true}, std::pair{QByteArrayLiteral("False"), false}}) {
            if (text.mid(pos, word.size()) == word) {
                pos += word.size();
                return value;
            }
        }
        fail(QStringLiteral("expected True or False"));
        return std::nullopt;
    }
    std::optional<std::vector<std::int64_t>> tuple()
    {
        if (!take('(')) {
            fail(QStringLiteral("expected a shape tuple"));
            return std::nullopt;
        }
        std::vector<std::int64_t> values;
        while (!take(')')) {
            skipSpace();
            const qsizetype begin = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
            bool ok = false;
            const qint64 value = text.mid(begin, pos - begin).toLongLong(&ok);
            if (!ok) {
                fail(QStringLiteral("expected a non-negative integer in the shape"));
                return std::nullopt;
            }
            values.push_back(value);
            if (!take(',') && !(skipSpace(), pos < text.size() && text[pos] == ')')) {
                fail(QStringLiteral("expected ',' or ')' in the shape"));
                return std::nullopt;
            }
        }
        return values;
    }
};

std::optional<NpyHeader> parseHeader(const QByteArray &text, QString *problem)
{
    HeaderCursor cursor{text, 0, {}};
    NpyHeader header;
    QSet<QByteArray> seen;
    const auto parse = [&]() -> bool {
        if (!cursor.take('{'))
            return cursor.fail(QStringLiteral("expected '{'"));
        while (!cursor.take('}')) {
            const std::optional<QByteArray> key = cursor.string();
            if (!key)
                return false;
            const QString name = QString::fromLatin1(*key);
            if (!cursor.take(':'))
                return cursor.fail(QStringLiteral("expected ':' after '%1'").arg(name));
            if (seen.contains(*key))
                return cursor.fail(QStringLiteral("key '%1' given twice").arg(name));
            seen.insert(*key);
            if (*key == "descr") {
                const std::optional<QByteArray> descr = cursor.string();
                if (!descr)
                    return false;
                header.descr = *descr;
            } else if (*key == "fortran_order") {
                const std::optional<bool> order = cursor.boolean();
                if (!order)
                    return false;
                header.fortranOrder = *order;
            } else if (*key == "shape") {
                std::optional<std::vector<std::int64_t>> shape = cursor.tuple();
                if (!shape)
                    return false;
                header.shape = std::move(*shape);
            } else {
                return cursor.fail(QStringLiteral("unexpected key '%1'").arg(name));
            }
            if (!cursor.take(',') && !(cursor.skipSpace(), cursor.pos < text.size() && text[cursor.pos] == '}'))
                return cursor.fail(QStringLiteral("expected ',' or '}'"));
        }
        cursor.skipSpace();
        if (cursor.pos != text.size())
            return cursor.fail(QStringLiteral("unexpected text after the dictionary"));
        for (const char *required : {"descr", "fortran_order", "shape"}) {
            if (!seen.contains(required))
                return cursor.fail(QStringLiteral("missing key '%1'").arg(QLatin1String(required)));
        }
        return true;
    };
    if (!parse()) {
        *problem = cursor.problem;
        return std::nullopt;
    }
    return header;
}

QString shapeText(const std::vector<std::int64_t> &shape)
{
    QStringList parts;
    for (const std::int64_t extent : shape)
        parts << QString::number(extent);
    return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + (shape.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

} // namespace

Result<FloatMatrix> NpyArray::read(const QString &path)
{
    using R = Result<FloatMatrix>;
    QFile file(path);
    if (Status opened = FileBytes::open(file); !opened)
        return opened.error();
    const qint64 fileSize = file.size();
    const QByteArray prefix = file.read(12);
    if (!prefix.startsWith(kMagic) || prefix.size() < 10)
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: not a .npy file (bad magic)").arg(path));
    const int major = static_cast<unsigned char>(prefix[6]), minor = static_cast<unsigned char>(prefix[7]);
    qint64 headerStart = 0, headerLength = 0;
    if (major == 1 && minor == 0) {
        headerStart = 10;
        headerLength = qFromLittleEndian<quint16>(prefix.constData() + 8);
    } else if ((major == 2 || major == 3) && minor == 0 && prefix.size() == 12) {
        headerStart = 12;
        headerLength = qFromLittleEndian<quint32>(prefix.constData() + 8);
    } else {
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: unsupported .npy format version %2.%3 (expected 1.0, 2.0 or 3.0)")
                                                     .arg(path).arg(major).arg(minor));
    }
    if (headerStart + headerLength > fileSize)
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: header length %2 goes beyond the end of the file (%3 bytes)")
                                                     .arg(path).arg(headerLength).arg(fileSize));
    file.seek(headerStart);
    const QByteArray headerText = file.read(headerLength);
    QString problem;
    const std::optional<NpyHeader> header = parseHeader(headerText, &problem);
    if (!header)
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: cannot parse the header dictionary: %2").arg(path, problem));
    if (header->fortranOrder)
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: fortran_order is True; only C-order arrays are supported").arg(path));
    const QString shape = shapeText(header->shape);
    if (header->shape.empty() || header->shape.size() > 2)
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: shape %2 is %3-D; expected a 2-D matrix (or a 1-D vector)")
                                                      .arg(path, shape).arg(header->shape.size()));
    const std::int64_t rows = header->shape.size() == 2 ? header->shape[0] : 1;
    const std::int64_t cols = header->shape.back();
    if (cols > std::numeric_limits<int>::max())
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: shape %2 has too many columns").arg(path, shape));
    int itemSize = 0;
    if (header->descr == "<f4")
        itemSize = 4;
    else if (header->descr == "<f8")
        itemSize = 8;
    else
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: unsupported dtype '%2' (expected '<f4' float32 or '<f8' float64)")
                                                      .arg(path, QString::fromLatin1(header->descr)));
    const qint64 available = fileSize - headerStart - headerLength;
    // Compared by division first so that an absurd shape cannot overflow the byte count.
    const bool tooShort = cols > 0 && rows > std::numeric_limits<qint64>::max() / (cols * itemSize);
    const qint64 needed = tooShort ? -1 : rows * cols * itemSize;
    if (tooShort || needed > available)
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: truncated: shape %2 of '%3' needs %4 bytes of data but the file has %5")
                                                      .arg(path, shape, QString::fromLatin1(header->descr))
                                                      .arg(tooShort ? QStringLiteral("more than 2^63") : QString::number(needed))
                                                      .arg(available));
    if (needed < available)
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: %2 bytes follow the data of shape %3 (a shape that does not match the data?)")
                                                      .arg(path).arg(available - needed).arg(shape));

    FloatMatrix matrix(rows, static_cast<int>(cols));
    const qint64 count = rows * cols;
    if (itemSize == 4) {
        if (file.read(reinterpret_cast<char *>(matrix.values.data()), needed) != needed)
            return R::failure(ErrorCode::IoError, QStringLiteral("%1: cannot read the data: %2").arg(path, file.errorString()));
        qFromLittleEndian<float>(matrix.values.data(), count, matrix.values.data());
    } else {
        std::vector<double> wide(static_cast<std::size_t>(count));
        if (file.read(reinterpret_cast<char *>(wide.data()), needed) != needed)
            return R::failure(ErrorCode::IoError, QStringLiteral("%1: cannot read the data: %2").arg(path, file.errorString()));
        qFromLittleEndian<double>(wide.data(), count, wide.data());
        for (std::size_t i = 0; i < wide.size(); ++i)
            matrix.values[i] = static_cast<float>(wide[i]);
    }
    return matrix;
}

Status NpyArray::write(const QString &path, const FloatMatrix &matrix)
{
    if (matrix.rows < 0 || matrix.cols < 0
        || matrix.values.size() != static_cast<std::size_t>(matrix.rows) * static_cast<std::size_t>(matrix.cols))
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: %2 values do not fill a %3 × %4 matrix")
                                                               .arg(path).arg(matrix.values.size()).arg(matrix.rows).arg(matrix.cols));
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1, %2), }").arg(matrix.rows).arg(matrix.cols).toLatin1();
    // numpy pads with spaces so that magic + version + length + header is a multiple of 64, then '\n'.
    const qsizetype unpadded = 10 + header.size() + 1;
    header.append(QByteArray((64 - unpadded % 64) % 64, ' '));
    header.append('\n');
    QByteArray prefix = kMagic;
    prefix.append('\x01').append('\x00');
    char length[2];
    qToLittleEndian<quint16>(static_cast<quint16>(header.size()), length);
    prefix.append(length, 2);

    // A write the device refuses is reported by the commit.
    return AtomicFile::write(path, [&](QIODevice &file) {
        file.write(prefix);
        file.write(header);
        const qint64 bytes = static_cast<qint64>(matrix.values.size() * sizeof(float));
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            file.write(reinterpret_cast<const char *>(matrix.values.data()), bytes);
        } else {
            std::vector<float> little(matrix.values.size());
            qToLittleEndian<float>(matrix.values.data(), static_cast<qsizetype>(little.size()), little.data());
            file.write(reinterpret_cast<const char *>(little.data()), bytes);
        }
        return success();
    });
}

} // namespace lookbook::postprocess
