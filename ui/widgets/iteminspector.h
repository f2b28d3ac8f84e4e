#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lookbook::ui {

class ReviewDocument;

// The review workspace's right panel: the image (name, split, pair_id, reviewed, QA counts and
// suspicion) and the selected box (origin, category, style, score, QA outcome), each field editable
// through the document's undo stack, with "accept as ground truth" and delete.
class ItemInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit ItemInspector(ReviewDocument *document, QWidget *parent = nullptr);

    void setSelectedKey(int key);
    int selectedKey() const { return m_key; }
    QComboBox *categoryBox() const { return m_category; }
    QSpinBox *styleBox() const { return m_style; }
    QSpinBox *pairIdBox() const { return m_pairId; }
    QCheckBox *reviewedBox() const { return m_reviewed; }
    QPushButton *acceptButton() const { return m_accept; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void itemCreated(int key);

private:
    ReviewDocument *m_document;
    int m_key = 0;
    bool m_updating = false;  // fields being filled from the document are not edits
    QLabel *m_imageLabel = nullptr;
    QSpinBox *m_pairId = nullptr;
    QCheckBox *m_reviewed = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_origin = nullptr;
    QComboBox *m_category = nullptr;
    QSpinBox *m_style = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace lookbook::ui
