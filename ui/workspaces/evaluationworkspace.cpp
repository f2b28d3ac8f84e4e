#include "workspaces/evaluationworkspace.h"

#include "widgets/evaluationpanel.h"
#include "workspaces/searchworkspace.h"

#include <QLineEdit>

namespace lookbook::ui {

EvaluationWorkspace::EvaluationWorkspace(SearchWorkspace *search, QWidget *parent)
    : Workspace(parent)
    , m_panel(new EvaluationPanel(search->session(), search->fusionPanel(), this))
{
    setObjectName(QStringLiteral("evaluationWorkspace"));
    setCentralWidget(m_panel);
}

QString EvaluationWorkspace::title() const
{
    return tr("Evaluation — Lookbook");
}

void EvaluationWorkspace::askForDataset()
{
    m_panel->datasetEdit()->setFocus();
    if (m_panel->datasetEdit()->text().isEmpty())
        m_panel->chooseDataset();
}

} // namespace lookbook::ui
