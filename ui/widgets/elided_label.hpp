// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QLabel>

namespace accord::ui {

/// A one-line label that shows as much of its text as fits, ending in "…" when cut, and always carries
/// the whole text in its tooltip (after an optional first line saying what the text is). Takes whatever
/// width its layout gives it; never asks for more. [GUI thread]
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    /// The tooltip's first line, above the full text ("Signal path: source, processing, device").
    void setToolTipHeading(const QString& heading);
    /// True when the label shows less than the full text.
    bool isElided() const { return text() != m_full; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();

    QString m_full;
    QString m_heading;
};

} // namespace accord::ui
