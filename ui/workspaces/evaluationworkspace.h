#pragma once

#include "workspaces/workspace.h"

namespace lookbook::ui {

class EvaluationPanel;
class SearchWorkspace;

// The Evaluation workspace: the Search workspace's models, fusion setting and catalog measured on a
// DeepFashion2-layout dataset (detection AP, retrieval Acc@k, Tune Fusion), with the whole window's
// room for its tables and charts. What it tunes is applied to the Search workspace it measures.
class EvaluationWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit EvaluationWorkspace(SearchWorkspace *search, QWidget *parent = nullptr);

    EvaluationPanel *panel() const { return m_panel; }
    QString title() const override;

public Q_SLOTS:
    // Puts the focus on the dataset, and asks for one when none is chosen yet.
    void askForDataset();

private:
    EvaluationPanel *m_panel;
};

} // namespace lookbook::ui
