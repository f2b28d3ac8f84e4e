#include "models/demopreparation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

DemoPreparation::DemoPreparation(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Result<search::DemoSetup>>();
}

DemoPreparation::~DemoPreparation()
{
    // Nothing is told any more: a receiver may be half destroyed with this object's parent.
    disconnect(this, nullptr, nullptr, nullptr);
    *m_cancel = true;
    m_work.waitForFinished();
}

void DemoPreparation::start(const search::DemoCatalogParams &params)
{
    // Signals emitted on the worker reach the GUI thread queued; the destructor's wait keeps `this` alive.
    search::DemoCatalogParams reporting = params;
    reporting.progress = [this, cancel = m_cancel](const QString &stage, qint64 done, qint64 total) {
        Q_EMIT progressed(stage, done, total);
        return !cancel->load();
    };
    m_work = QtConcurrent::run([this, reporting] {
        const Result<search::DemoSetup> setup = search::DemoCatalog::ensure(reporting);
        Q_EMIT finished(setup);
    });
}

} // namespace lookbook::ui
