#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace lookbook::ui {

// One table of the evaluation view: a name per row, then numbers (AP, Acc@k, …) shown with four
// decimals as `lookbook-cli experiment` writes them, "n/a" where a number is undefined (NaN or
// negative, COCOeval's −1).
class EvaluationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole + 1 };  // the number, unrounded (NaN where there is none)

    explicit EvaluationModel(QObject *parent = nullptr);

    // `values[row][column]` for each of `rowNames` and `columns`; the first column, headed
    // `rowHeading`, holds the row names.
    void setTable(const QString &rowHeading, const QStringList &columns, const QStringList &rowNames,
                  const std::vector<std::vector<double>> &values);
    void clear();
    bool isEmpty() const { return m_rowNames.isEmpty(); }
    QStringList rowNames() const { return m_rowNames; }
    // `column` counts the numeric columns from 0; NaN outside the table.
    double value(int row, int column) const;
    // What the table shows, its header first (RFC 4180).
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    QString m_rowHeading;
    QStringList m_columns;
    QStringList m_rowNames;
    std::vector<std::vector<double>> m_values;
};

} // namespace lookbook::ui
