#pragma once

#include "eval/qamatcher.h"

#include <QColor>
#include <QString>

namespace lookbook::ui {

// The QA outcomes' colours and names, shared by the canvas, its legend and the inspector.
QColor outcomeColour(eval::QaOutcome outcome);
QString outcomeName(eval::QaOutcome outcome);
// Ground truth of an image the detectors have not seen yet.
QColor uncheckedColour();
inline constexpr eval::QaOutcome kQaOutcomes[] = {eval::QaOutcome::TruePositive, eval::QaOutcome::Missed, eval::QaOutcome::Spurious,
                                                  eval::QaOutcome::WrongCategory, eval::QaOutcome::PoorIou};

} // namespace lookbook::ui
