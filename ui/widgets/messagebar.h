#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace lookbook::ui {

// A strip above the photo that says what went wrong (or what to do next) without a modal dialog:
// work in flight keeps running, and the message stays until it is closed or replaced.
class MessageBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // `actionText` non-empty: a button beside the message that runs `action` (and closes the bar).
    void showMessage(const QString &text, Kind kind = Kind::Error, const QString &actionText = {},
                     const std::function<void()> &action = {});
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    std::function<void()> m_run;
    Kind m_kind = Kind::Information;
};

} // namespace lookbook::ui
