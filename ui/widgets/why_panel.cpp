// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/why_panel.hpp"

#include "widgets/icons.hpp"
#include "widgets/retranslator.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace accord::ui {

QString explanationHtml(const Explanation& e)
{
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<p><b>%1</b>").arg(esc(verdictName(e.verdict)));
    if (!e.capText.isEmpty())
        html += QStringLiteral(" \u2014 %1").arg(esc(e.capText));
    html += QStringLiteral("</p>");
    if (e.unlockSearched) {
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b></p>")
                    .arg(esc(WhyPanel::tr("What would make it playable")));
        if (e.unlocks.isEmpty()) {
            html += QStringLiteral("<p style='margin-top:0; margin-bottom:8px'>%1</p>")
                        .arg(esc(WhyPanel::tr("Nothing would: no other tier, device class, territory, later "
                                              "date or purchase the catalogue offers changes this.")));
        } else {
            html += QStringLiteral("<ul style='margin-top:0; margin-bottom:8px'>");
            for (const QString& line : e.unlocks)
                html += QStringLiteral("<li>%1</li>").arg(esc(line));
            html += QStringLiteral("</ul>");
        }
    }
    if (!e.reasons.isEmpty()) {
        html += QStringLiteral("<p style='margin-bottom:2px'>%1</p><ul style='margin-top:0'>")
                    .arg(esc(WhyPanel::tr("Reasons:")));
        for (const ReasonInfo& r : e.reasons)
            html += QStringLiteral("<li>%1 <span style='color:#888'>(%2)</span></li>")
                        .arg(esc(r.text), esc(r.code));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:#777; padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(esc(label), value);
    };
    row(WhyPanel::tr("Deals considered"),
        e.deals.isEmpty()
            ? esc(WhyPanel::tr("none"))
            : esc(e.deals.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    row(WhyPanel::tr("Valid until"), e.validUntil.isValid() ? esc(e.validUntil.toUTC().toString(Qt::ISODate))
                                                            : esc(WhyPanel::tr("no scheduled change")));
    row(WhyPanel::tr("Identified by"),
        esc(e.identifiedBy.isEmpty() ? WhyPanel::tr("not identified") : e.identifiedBy));
    if (!e.context.isEmpty())
        row(WhyPanel::tr("Checked for"), esc(e.context));
    html += QStringLiteral("</table>");
    return html;
}

WhyPanel::WhyPanel(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_heading(new QLabel(this)), m_body(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_heading, 1);
    top->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->addLayout(top);
    // A long explanation scrolls inside the panel: the panel must never make the window taller than the
    // screen (a 1024x600 netbook shows a few lines and a scroll bar).
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);
    scroll->setMinimumHeight(fontMetrics().height() * 3);
    layout->addWidget(scroll, 1);
    (new Retranslator(this))->add([this, close] {
        close->setToolTip(tr("Close"));
        setAccessibleName(tr("Why can't I play this?"));
        if (m_explanation)
            render();
    });
}

void WhyPanel::showExplanation(const QString& trackTitle, const Explanation& explanation)
{
    m_title = trackTitle;
    m_explanation = explanation;
    render();
    show();
}

void WhyPanel::render()
{
    const Explanation& e = *m_explanation;
    m_icon->setPixmap(Icons::verdict(e.verdict).pixmap(22, 22));
    m_heading->setText(verdictPlays(e.verdict) ? tr("About \u201c%1\u201d").arg(m_title)
                                               : tr("Why can't I play \u201c%1\u201d?").arg(m_title));
    m_body->setText(explanationHtml(e));
}

QSize WhyPanel::sizeHint() const
{
    const QMargins m = layout()->contentsMargins();
    const int width = std::max(this->width(), 400) - m.left() - m.right();
    const int top = layout()->itemAt(0)->sizeHint().height(); // icon, heading, close button
    // 24: room for a scroll bar; half a line: the body label's own margins.
    const int height = m.top() + m.bottom() + top + layout()->spacing() + m_body->heightForWidth(width - 24) +
                       fontMetrics().height() / 2 + 2 * frameWidth();
    return {QFrame::sizeHint().width(), height};
}

QString WhyPanel::plainText() const
{
    return m_heading->text() + QLatin1Char('\n') +
           QTextDocumentFragment::fromHtml(m_body->text()).toPlainText();
}

} // namespace accord::ui
