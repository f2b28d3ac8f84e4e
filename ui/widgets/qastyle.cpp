#include "widgets/qastyle.h"

#include <QCoreApplication>

namespace lookbook::ui {

QColor outcomeColour(eval::QaOutcome outcome)
{
    switch (outcome) {
    case eval::QaOutcome::TruePositive:
        return QColor(0x66, 0xbb, 0x6a);
    case eval::QaOutcome::Missed:
        return QColor(0xef, 0x53, 0x50);
    case eval::QaOutcome::Spurious:
        return QColor(0xff, 0xa7, 0x26);
    case eval::QaOutcome::WrongCategory:
        return QColor(0xe0, 0x40, 0xfb);
    case eval::QaOutcome::PoorIou:
        return QColor(0xff, 0xee, 0x58);
    }
    return uncheckedColour();
}

QString outcomeName(eval::QaOutcome outcome)
{
    switch (outcome) {
    case eval::QaOutcome::TruePositive:
        return QCoreApplication::translate("QaStyle", "True positive");
    case eval::QaOutcome::Missed:
        return QCoreApplication::translate("QaStyle", "Missed");
    case eval::QaOutcome::Spurious:
        return QCoreApplication::translate("QaStyle", "Spurious");
    case eval::QaOutcome::WrongCategory:
        return QCoreApplication::translate("QaStyle", "Wrong category");
    case eval::QaOutcome::PoorIou:
        return QCoreApplication::translate("QaStyle", "Poor IoU");
    }
    return {};
}

QColor uncheckedColour() { return QColor(0x90, 0xca, 0xf9); }

} // namespace lookbook::ui
