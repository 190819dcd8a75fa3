// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "presentation/verdict.hpp"

#include <QFrame>

class QLabel;
class QToolButton;

namespace accord::ui {

/// "Why can't I play this?": every reason behind a track's verdict, the deals considered, when the
/// answer may change (valid_until) and how the file was identified. [GUI thread]
class WhyPanel : public QFrame {
    Q_OBJECT
public:
    explicit WhyPanel(QWidget* parent = nullptr);
    void showExplanation(const QString& trackTitle, const Explanation& explanation);
    /// The explanation as shown, as plain text (for tests and copy).
    QString plainText() const;
    /// Tall enough for the whole explanation at the panel's width; the minimum stays a few lines (the
    /// body scrolls), so the panel never makes the window taller.
    QSize sizeHint() const override;

Q_SIGNALS:
    void closed();

private:
    void render(); ///< heading and body from m_title and m_explanation, in the current language

    QString m_title;
    std::optional<Explanation> m_explanation;
    QLabel* m_icon;
    QLabel* m_heading;
    QLabel* m_body;
};

/// The explanation as rich text. [pure]
QString explanationHtml(const Explanation& explanation);

} // namespace accord::ui
