#include "models/evaluationmodel.h"

#include "common/csv.h"

#include <cmath>
#include <limits>

namespace lookbook::ui {

EvaluationModel::EvaluationModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void EvaluationModel::setTable(const QString &rowHeading, const QStringList &columns, const QStringList &rowNames,
                               const std::vector<std::vector<double>> &values)
{
    Q_ASSERT(values.size() == static_cast<std::size_t>(rowNames.size()));
    beginResetModel();
    m_rowHeading = rowHeading;
    m_columns = columns;
    m_rowNames = rowNames;
    m_values = values;
    endResetModel();
}

void EvaluationModel::clear()
{
    setTable({}, {}, {}, {});
}

double EvaluationModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rowNames.size() || column < 0 || column >= m_columns.size())
        return std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> &values = m_values[static_cast<std::size_t>(row)];
    return static_cast<std::size_t>(column) < values.size() ? values[static_cast<std::size_t>(column)] : std::numeric_limits<double>::quiet_NaN();
}

QString EvaluationModel::text(int row, int column) const
{
    if (column == 0)
        return m_rowNames.at(row);
    const double v = value(row, column - 1);
    // The CLI's report writes numbers this way, so that the two can be compared by eye and by test.
    return std::isnan(v) || v < 0.0 ? tr("n/a") : QString::number(v, 'f', 4);
}

QString EvaluationModel::toCsv() const
{
    QString csv = Csv::line(QStringList{m_rowHeading} + m_columns) + QLatin1Char('\n');
    for (int row = 0; row < m_rowNames.size(); ++row) {
        QStringList fields;
        for (int column = 0; column < columnCount(); ++column)
            fields << text(row, column);
        csv += Csv::line(fields) + QLatin1Char('\n');
    }
    return csv;
}

int EvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowNames.size());
}

int EvaluationModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_rowNames.isEmpty() && m_columns.isEmpty()))
        return 0;
    return static_cast<int>(m_columns.size()) + 1;
}

QVariant EvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return index.column() == 0 ? QVariant() : QVariant(value(index.row(), index.column() - 1));
    default:
        return {};
    }
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? m_rowHeading : m_columns.at(section - 1);
}

} // namespace lookbook::ui
