#pragma once

#include <QString>
#include <QStringList>

namespace lookbook {

// CSV as RFC 4180 writes it, for every table Lookbook exports (results, review log, reports).
class Csv final
{
public:
    // The value, quoted with its quotes doubled when it holds a comma, a quote or a line break.
    static QString field(const QString &value);
    // The fields, each as field() writes it, joined by commas; no line ending (callers choose theirs).
    static QString line(const QStringList &fields);
};

} // namespace lookbook
