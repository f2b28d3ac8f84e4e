#pragma once

#include "search/searchoptions.h"

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QToolButton;

namespace lookbook::ui {

// The ranked shop items as a grid of cards, with the post-processing switches (each re-queries)
// and the export of the list.
class ResultsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    // The window's export action, shown as a button beside the switches (enabled as it is).
    void setExportAction(QAction *action);
    QListView *view() const { return m_view; }
    void setHeading(const QString &text);
    QString heading() const;

    search::SearchOptions searchOptions() const;
    // Switches on what `options` asks for (QE, DBA, re-ranking), without reporting a change.
    void setSearchOptions(const search::SearchOptions &options);
    QCheckBox *queryExpansionSwitch() const { return m_qe; }
    QCheckBox *databaseAugmentationSwitch() const { return m_dba; }
    QCheckBox *rerankSwitch() const { return m_rerank; }
    // The embedders to choose from (manifest paths); the choice shows only when there are several.
    void setEmbedders(const QStringList &manifests, const QString &current);
    QComboBox *embedderBox() const { return m_embedder; }

Q_SIGNALS:
    void searchOptionsChanged();
    void resultActivated(int row);
    void embedderChosen(const QString &manifest);

private:
    QLabel *m_heading = nullptr;
    QCheckBox *m_qe = nullptr;
    QCheckBox *m_dba = nullptr;
    QCheckBox *m_rerank = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_embedderLabel = nullptr;
    QComboBox *m_embedder = nullptr;
    QListView *m_view = nullptr;
};

} // namespace lookbook::ui
