#pragma once

#include "common/backendinfo.h"

#include <QObject>

#include <vector>

namespace lookbook::ui {

// The backend check (versions, devices, self-checks), run once per process off the GUI thread:
// versions do not change while the application runs, and every window shares the answer.
class BackendStatus final : public QObject
{
    Q_OBJECT

public:
    static BackendStatus *instance();

    bool isReady() const { return m_ready; }
    const std::vector<BackendInfo> &report() const { return m_report; }

Q_SIGNALS:
    void ready();

private:
    explicit BackendStatus(QObject *parent);

    std::vector<BackendInfo> m_report;
    bool m_ready = false;
};

} // namespace lookbook::ui
