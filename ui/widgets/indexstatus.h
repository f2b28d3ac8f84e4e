#pragma once

#include "catalog/catalogrecords.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace lookbook::ui {

// The open catalog's vector set and its index: what made the vectors, how many there are, the
// index type and parameters, when it was built and whether it still matches, with a Rebuild button.
class IndexStatus final : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoCatalog, Opening, Ready, OutOfDate, Failed, Rebuilding };
    Q_ENUM(State)

    explicit IndexStatus(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString stateText() const;
    QString detailsText() const;
    QPushButton *rebuildButton() const { return m_rebuild; }

    void showOpening(const QString &catalogPath);
    void showReady(const catalog::VectorSetInfo &set);
    // `outOfDate`: the index no longer matches the catalog (a rebuild fixes it).
    void showProblem(const QString &message, bool outOfDate);
    void showRebuilding();

Q_SIGNALS:
    void rebuildRequested();

private:
    void setState(State state, const QString &detail);

    State m_state = State::NoCatalog;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_rebuild = nullptr;
};

} // namespace lookbook::ui
