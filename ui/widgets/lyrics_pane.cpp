// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/lyrics_pane.hpp"

#include "bridge/qt_convert.hpp"
#include "widgets/retranslator.hpp"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace accord::ui {

LyricsPane::LyricsPane(QWidget* parent)
    : QWidget(parent), m_tr(new Retranslator(this)), m_source(new QLabel(this)),
      m_offsetLabel(new QLabel(this)), m_earlier(new QToolButton(this)), m_later(new QToolButton(this)),
      m_reset(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_state(new QLabel(this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("lyricsPane"));
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_source->setObjectName(QStringLiteral("lyricsSource"));
    m_offsetLabel->setObjectName(QStringLiteral("lyricsOffset"));
    m_earlier->setObjectName(QStringLiteral("lyricsEarlier"));
    m_later->setObjectName(QStringLiteral("lyricsLater"));
    m_reset->setObjectName(QStringLiteral("lyricsResetOffset"));
    for (QToolButton* b : {m_earlier, m_later, m_reset})
        b->setAutoRaise(true);
    // The offset reads as LRC's [offset:]: "+" adds 0.1 s (lines sooner), the minus sign takes it away.
    m_earlier->setText(QStringLiteral("+"));
    m_later->setText(QStringLiteral("\u2212"));
    m_earlier->setAutoRepeat(true);
    m_later->setAutoRepeat(true);

    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(QStringLiteral("lyricsLines"));
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(3);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_list);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(2);
    controls->addWidget(m_source, 1);
    controls->addWidget(m_later);
    controls->addWidget(m_offsetLabel);
    controls->addWidget(m_earlier);
    controls->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    // Positive offsets bring lines sooner (LRC's convention): "earlier" adds, "later" subtracts.
    connect(m_earlier, &QToolButton::clicked, this, [this] { changeOffset(m_offsetMs + kOffsetStepMs); });
    connect(m_later, &QToolButton::clicked, this, [this] { changeOffset(m_offsetMs - kOffsetStepMs); });
    connect(m_reset, &QToolButton::clicked, this, [this] { changeOffset(0); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const qint64 ms = m_lyrics ? lyrics::seekTargetMs(*m_lyrics, m_list->row(item), m_offsetMs) : -1;
        if (ms >= 0)
            Q_EMIT seekRequested(ms);
    });
    m_tr->add([this] {
        m_earlier->setToolTip(tr("Show the lyrics 0.1 s earlier"));
        m_earlier->setAccessibleName(tr("Lyrics earlier"));
        m_later->setToolTip(tr("Show the lyrics 0.1 s later"));
        m_later->setAccessibleName(tr("Lyrics later"));
        m_reset->setText(tr("Reset"));
        m_reset->setToolTip(tr("No offset: the lyrics' own times"));
        updateTexts();
    });
    clear();
}

void LyricsPane::setLoading(const QString& path, qint64 offsetMs)
{
    m_path = path;
    m_lyrics.reset();
    m_stateKind = State::Loading;
    m_offsetMs = offsetMs;
    m_positionMs = 0;
    m_current = -1;
    m_list->clear();
    m_stack->setCurrentWidget(m_state);
    updateTexts();
}

void LyricsPane::setLyrics(const QString& path, std::shared_ptr<const lyrics::Lyrics> found)
{
    if (path != m_path || m_stateKind == State::Idle)
        return; // an answer for a track no longer shown
    m_lyrics = std::move(found);
    m_stateKind = m_lyrics ? State::Shown : State::None;
    showLines();
    updateTexts();
}

void LyricsPane::clear()
{
    m_path.clear();
    m_lyrics.reset();
    m_stateKind = State::Idle;
    m_current = -1;
    m_list->clear();
    m_stack->setCurrentWidget(m_state);
    updateTexts();
}

void LyricsPane::showLines()
{
    m_list->clear();
    m_current = -1;
    if (!m_lyrics) {
        m_stack->setCurrentWidget(m_state);
        return;
    }
    for (const lyrics::LyricLine& line : m_lyrics->lines) {
        // A timed empty line is a pause in the singing: a note stands for it.
        const QString text =
            m_lyrics->synced && line.text.empty() ? QStringLiteral("\u266A") : toQString(line.text);
        auto* item = new QListWidgetItem(text, m_list);
        item->setTextAlignment(m_lyrics->synced ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
        item->setForeground(palette().color(m_lyrics->synced ? QPalette::PlaceholderText : QPalette::Text));
        if (m_lyrics->synced)
            item->setToolTip(toQString(lyrics::formatLrcTime(line.timeMs)));
    }
    m_list->setCursor(m_lyrics->synced ? Qt::PointingHandCursor : Qt::ArrowCursor);
    m_stack->setCurrentWidget(m_list);
    m_list->scrollToTop();
    setPosition(m_positionMs);
}

void LyricsPane::setPosition(qint64 ms)
{
    m_positionMs = ms;
    if (!m_lyrics || !m_lyrics->synced)
        return;
    highlight(lyrics::lineAt(*m_lyrics, ms, m_offsetMs));
}

void LyricsPane::highlight(int line)
{
    if (line == m_current)
        return;
    const auto style = [this](int row, bool on) {
        QListWidgetItem* item = m_list->item(row);
        if (item == nullptr)
            return;
        QFont f = m_list->font();
        f.setBold(on);
        if (on)
            f.setPointSizeF(f.pointSizeF() * 1.15);
        item->setFont(f);
        item->setForeground(palette().color(on ? QPalette::Highlight : QPalette::PlaceholderText));
    };
    style(m_current, false);
    m_current = line;
    style(m_current, true);
    if (QListWidgetItem* item = m_list->item(std::max(line, 0)))
        m_list->scrollToItem(item, QAbstractItemView::PositionAtCenter);
}

void LyricsPane::setOffsetMs(qint64 ms)
{
    m_offsetMs = ms;
    updateTexts();
    setPosition(m_positionMs);
}

void LyricsPane::changeOffset(qint64 ms)
{
    if (m_stateKind == State::Idle || ms == m_offsetMs)
        return;
    setOffsetMs(ms);
    Q_EMIT offsetChanged(m_path, ms);
}

void LyricsPane::updateTexts()
{
    const bool synced = m_lyrics && m_lyrics->synced;
    for (QWidget* w : {static_cast<QWidget*>(m_earlier), static_cast<QWidget*>(m_later),
                       static_cast<QWidget*>(m_offsetLabel), static_cast<QWidget*>(m_reset)})
        w->setVisible(synced);
    m_offsetLabel->setText(
        tr("%1 s").arg(QString::asprintf("%+.1f", static_cast<double>(m_offsetMs) / 1000.0)));
    m_offsetLabel->setToolTip(tr("Lyrics offset (positive: lines come sooner); remembered for this track"));
    m_reset->setEnabled(m_offsetMs != 0);
    switch (m_stateKind) {
    case State::Idle:
        m_state->setText(tr("Lyrics of the track playing show here."));
        m_source->clear();
        break;
    case State::Loading:
        m_state->setText(tr("Looking for lyrics\u2026"));
        m_source->clear();
        break;
    case State::None:
        m_state->setText(tr("No lyrics\n\nPut a .lrc file with the same name beside the track, or embed "
                            "lyrics in its tags."));
        m_source->setText(QString());
        break;
    case State::Shown: {
        const QString from = m_lyrics->source == "lrc_file" ? QFileInfo(toQString(m_lyrics->path)).fileName()
                                                            : tr("%1 tag").arg(toQString(m_lyrics->tag));
        m_source->setText(synced ? tr("Synced \u00b7 %1").arg(from) : tr("Unsynced \u00b7 %1").arg(from));
        m_source->setToolTip(toQString(m_lyrics->path));
        break;
    }
    }
}

} // namespace accord::ui
