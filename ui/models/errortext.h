#pragma once

#include "common/error.h"

#include <QCoreApplication>

namespace lookbook::ui {

// A core error as the window says it: the message, then what to do in the window's own terms (its
// menus), which core's messages never name. Remedies the window has no control for add nothing.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString of(const Error &error);
};

} // namespace lookbook::ui
