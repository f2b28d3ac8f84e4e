#pragma once

#include "common/backendinfo.h"

#include <QDialog>

#include <vector>

namespace lookbook::ui {

// Version, licence and the backends this build runs on, with their self-check results.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const std::vector<BackendInfo> &backends, QWidget *parent = nullptr);
};

} // namespace lookbook::ui
