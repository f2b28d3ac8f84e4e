#include "models/backendstatus.h"

#include "backend/backendreport.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

BackendStatus *BackendStatus::instance()
{
    // Parented to the application: it goes when the application goes.
    static BackendStatus *status = new BackendStatus(QCoreApplication::instance());
    return status;
}

BackendStatus::BackendStatus(QObject *parent)
    : QObject(parent)
{
    QtConcurrent::run(&lookbook::backend::backendReport).then(this, [this](std::vector<BackendInfo> report) {
        m_report = std::move(report);
        m_ready = true;
        Q_EMIT ready();
    });
}

} // namespace lookbook::ui
