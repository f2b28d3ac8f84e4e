#include "common/jsonsupport_p.h"

#include "common/limits.h"

#include <QRegularExpression>

namespace lookbook::detail {

Status checkJsonDepth(const QByteArray &bytes, const QString &source)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limits::kMaxJsonDepth)
                return Status::failure(ErrorCode::ParseError, QStringLiteral("%1: JSON nested more than %2 levels deep (at byte %3): not a file Lookbook reads")
                                                                  .arg(source).arg(limits::kMaxJsonDepth).arg(i));
        } else if (c == ']' || c == '}') {
            --depth;  // unbalanced brackets are the parser's to report
        }
    }
    return success();
}

QString jsonExceptionText(const std::exception &e)
{
    static const QRegularExpression prefix(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "));
    return QString::fromUtf8(e.what()).remove(prefix);
}

} // namespace lookbook::detail
