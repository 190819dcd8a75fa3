// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/track_table_model.hpp"

#include "stores/search_fold.hpp"
#include "widgets/icons.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace accord::ui {

QString formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

TrackTableModel::TrackTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TrackTableModel::setStore(std::shared_ptr<TrackStore> store)
{
    // One reset, with the rows already in the current sort order: no layout change follows.
    beginResetModel();
    m_store = std::move(store);
    m_sorted.resize(m_store ? m_store->size() : 0);
    std::iota(m_sorted.begin(), m_sorted.end(), 0U);
    if (m_store && m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        sortIndices(m_sorted, m_sortColumn, m_sortOrder);
    m_visible = TrackFilter::apply(*ensureStore(), m_sorted, m_query);
    m_appliedQuery = m_query;
    endResetModel();
}

void TrackTableModel::setVerdict(std::size_t storeIndex, Verdict verdict, const QString& mainReason)
{
    if (!m_store || storeIndex >= m_store->size())
        return;
    m_store->setVerdict(storeIndex, verdict, mainReason);
    const int row = visibleRowOfStoreIndex(storeIndex);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TrackTableModel::setVerdicts(const std::vector<VerdictUpdate>& updates)
{
    if (!m_store || updates.empty())
        return;
    for (const VerdictUpdate& u : updates)
        if (u.index < m_store->size())
            m_store->setVerdict(u.index, u.verdict, u.mainReason);
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TrackTableModel::setAliases(SearchIndex aliases)
{
    if (!m_store || aliases.size() != m_store->size())
        return;
    m_store->setAliases(std::move(aliases));
    if (!m_query.words.isEmpty())
        refilter(true); // more rows may match now: the previous result is no upper bound
}

void TrackTableModel::setFilterText(const QString& text)
{
    FilterQuery q = m_query;
    q.words = searchWords(text);
    if (q == m_query)
        return;
    m_query = q;
    refilter();
}

void TrackTableModel::setFacet(Facet facet, std::uint32_t poolId)
{
    m_query.facet = facet;
    m_query.facetId = poolId;
    refilter();
}

void TrackTableModel::refilter(bool fromScratch)
{
    QElapsedTimer timer;
    timer.start();
    const bool incremental = !fromScratch && TrackFilter::narrows(m_appliedQuery, m_query);
    std::vector<std::uint32_t> next =
        TrackFilter::apply(*ensureStore(), incremental ? m_visible : m_sorted, m_query);
    beginResetModel();
    m_visible = std::move(next);
    m_appliedQuery = m_query;
    endResetModel();
    Q_EMIT filterApplied(static_cast<int>(m_visible.size()), timer.nsecsElapsed() / 1000);
}

const TrackStore* TrackTableModel::ensureStore()
{
    if (!m_store)
        m_store = std::make_shared<TrackStore>();
    return m_store.get();
}

const TrackRow* TrackTableModel::rowAt(int visibleRow) const
{
    if (!m_store || visibleRow < 0 || static_cast<std::size_t>(visibleRow) >= m_visible.size())
        return nullptr;
    return &m_store->rows()[m_visible[static_cast<std::size_t>(visibleRow)]];
}

int TrackTableModel::visibleRowOfStoreIndex(std::size_t storeIndex) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), static_cast<std::uint32_t>(storeIndex));
    return it == m_visible.end() ? -1 : static_cast<int>(it - m_visible.begin());
}

int TrackTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int TrackTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrackTableModel::formatText(const TrackRow& row) const
{
    QString text = m_store->text(row.codecId);
    if (row.sampleRate > 0) {
        const QString khz = QString::number(row.sampleRate / 1000.0, 'g', 4);
        // Lossless: bits/kHz ("FLAC 24/96"); lossy codecs have no bit depth ("MP3 44.1 kHz").
        text += row.bitsPerSample > 0 ? QStringLiteral(" %1/%2").arg(row.bitsPerSample).arg(khz)
                                      : QStringLiteral(" %1 kHz").arg(khz);
    }
    return text.trimmed();
}

QVariant TrackTableModel::data(const QModelIndex& index, int role) const
{
    const TrackRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (row == nullptr)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return row->title;
        case Artist:
            return m_store->text(row->artistId);
        case Album:
            return m_store->text(row->albumId);
        case TrackNo:
            return row->trackNumber > 0 ? QVariant(row->trackNumber) : QVariant();
        case Year:
            return row->year > 0 ? QVariant(row->year) : QVariant();
        case Genre:
            return m_store->text(row->genreId);
        case Duration:
            return formatDuration(row->durationMs);
        case Format:
            return formatText(*row);
        case Path:
            return row->path;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == Status ? QVariant(Icons::verdict(row->verdict)) : QVariant();
    case Qt::ToolTipRole: {
        const QString tip = verdictName(row->verdict);
        const QString& reason = m_store->text(row->reasonId);
        if (reason.isEmpty())
            return tip;
        // "Unidentified personal file: ..." says the verdict already: not "Unidentified: Unidentified ...".
        return reason.startsWith(tip, Qt::CaseInsensitive) ? reason : tip + QStringLiteral(": ") + reason;
    }
    case Qt::ForegroundRole:
        if (!verdictPlays(row->verdict))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == TrackNo || column == Year || column == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TrackIdRole:
        return QVariant::fromValue(row->trackId);
    case PathRole:
        return row->path;
    case VerdictRole:
        return static_cast<int>(row->verdict);
    default:
        return {};
    }
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return QString();
    case Title:
        return tr("Title");
    case Artist:
        return tr("Artist");
    case Album:
        return tr("Album");
    case TrackNo:
        return tr("#");
    case Year:
        return tr("Year");
    case Genre:
        return tr("Genre");
    case Duration:
        return tr("Length");
    case Format:
        return tr("Format");
    case Path:
        return tr("File");
    default:
        return {};
    }
}

Qt::ItemFlags TrackTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

void TrackTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_store || column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> storeOfPersistent;
    storeOfPersistent.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& p : before)
        storeOfPersistent.push_back(m_visible[static_cast<std::size_t>(p.row())]);
    sortIndices(m_sorted, column, order);
    // The visible rows are the filtered subset of m_sorted, in its order: select them with a bitmap
    // instead of sorting them again.
    std::vector<std::uint8_t> shown(m_store->size(), 0);
    for (const std::uint32_t i : m_visible)
        shown[i] = 1;
    std::size_t n = 0;
    for (const std::uint32_t i : m_sorted)
        if (shown[i] != 0)
            m_visible[n++] = i;
    QModelIndexList after;
    after.reserve(before.size());
    if (!before.isEmpty()) {
        std::vector<int> rowOf(m_store->size(), -1);
        for (std::size_t r = 0; r < m_visible.size(); ++r)
            rowOf[m_visible[r]] = static_cast<int>(r);
        for (qsizetype i = 0; i < before.size(); ++i)
            after.push_back(index(rowOf[storeOfPersistent[static_cast<std::size_t>(i)]], before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TrackTableModel::sortIndices(std::vector<std::uint32_t>& indices, int column, Qt::SortOrder order) const
{
    // Sorting (key, index) pairs keeps the comparisons in one cache-friendly array; the index breaks
    // ties, so the order is stable and total.
    const std::vector<std::uint64_t> keys = sortKeys(column);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs(indices.size());
    for (std::size_t i = 0; i < indices.size(); ++i)
        pairs[i] = {keys[indices[i]], static_cast<std::uint32_t>(i)};
    if (order == Qt::AscendingOrder)
        std::sort(pairs.begin(), pairs.end());
    else
        std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    std::vector<std::uint32_t> sorted(indices.size());
    for (std::size_t i = 0; i < pairs.size(); ++i)
        sorted[i] = indices[pairs[i].second];
    indices = std::move(sorted);
}

std::vector<std::uint64_t> TrackTableModel::sortKeys(int column) const
{
    // One integer key per row from the ranks the loader computed off the GUI thread, so sorting 100k
    // rows here compares integers, never strings.
    const TrackStore& store = *m_store;
    const auto& rows = store.rows();
    std::vector<std::uint64_t> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TrackRow& r = rows[i];
        // Within an album, artist or genre, keep disc and track order.
        const std::uint64_t inAlbum = (static_cast<std::uint64_t>(r.discNumber) << 16) | r.trackNumber;
        switch (column) {
        case Artist:
            keys[i] = (std::uint64_t{store.poolRank(r.artistId)} << 24) | inAlbum;
            break;
        case Album:
            keys[i] = (std::uint64_t{store.poolRank(r.albumId)} << 24) | inAlbum;
            break;
        case Genre:
            keys[i] = (std::uint64_t{store.poolRank(r.genreId)} << 24) | inAlbum;
            break;
        case Title:
            keys[i] = store.titleRank(i);
            break;
        case Path:
            keys[i] = store.pathRank(i);
            break;
        case Status:
            keys[i] = static_cast<std::uint64_t>(r.verdict);
            break;
        case TrackNo:
            keys[i] = static_cast<std::uint64_t>(r.discNumber) * 100000u + r.trackNumber;
            break;
        case Year:
            keys[i] = r.year;
            break;
        case Duration:
            keys[i] = r.durationMs;
            break;
        case Format:
            keys[i] = static_cast<std::uint64_t>(r.sampleRate) * 64u + r.bitsPerSample;
            break;
        default:
            keys[i] = 0;
            break;
        }
    }
    return keys;
}

QStringList TrackTableModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData* TrackTableModel::mimeData(const QModelIndexList& indexes) const
{
    QList<QUrl> urls;
    int lastRow = -1;
    for (const QModelIndex& i : indexes) {
        if (i.row() == lastRow)
            continue;
        lastRow = i.row();
        if (const TrackRow* row = rowAt(i.row()))
            urls.push_back(QUrl::fromLocalFile(row->path));
    }
    auto* mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace accord::ui
