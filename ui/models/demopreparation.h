#pragma once

#include "common/result.h"
#include "search/democatalog.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

Q_DECLARE_METATYPE(lookbook::Result<lookbook::search::DemoSetup>)

namespace lookbook::ui {

// Makes (or finds) the demo catalog on a worker thread: a minute on first run, instant afterwards.
// Destroying it cancels the work and waits for it to stop, so no signal outlives the object.
class DemoPreparation final : public QObject
{
    Q_OBJECT

public:
    explicit DemoPreparation(QObject *parent = nullptr);
    ~DemoPreparation() override;

    void start(const search::DemoCatalogParams &params);

Q_SIGNALS:
    void progressed(const QString &stage, qint64 done, qint64 total);
    void finished(const lookbook::Result<lookbook::search::DemoSetup> &setup);

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFuture<void> m_work;
};

} // namespace lookbook::ui
