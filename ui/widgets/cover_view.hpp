// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <filesystem>

namespace accord::ui {

/// Cover art with rounded corners and a drawn placeholder. Images are found, loaded and scaled on a worker
/// thread (QtConcurrent); a late result for a track that is no longer current is dropped.
class CoverView : public QWidget {
    Q_OBJECT
public:
    explicit CoverView(QWidget* parent = nullptr);
    /// The data folder whose library.db holds embedded covers (see bridge/cover_source.hpp).
    void setDataDir(const std::filesystem::path& dataDir) { m_dataDir = dataDir; }
    /// Shows the embedded cover of `audioPath`, else its folder art, else the placeholder (empty path:
    /// placeholder). Looked up and scaled on a worker thread.
    void showCoverFor(const QString& audioPath);
    void setImage(const QImage& image);
    bool hasCover() const noexcept { return !m_image.isNull(); }
    /// The cover file found for the current track, if any (MPRIS uses it as mpris:artUrl).
    QString coverFile() const { return m_coverFile; }
    QSize sizeHint() const override { return {96, 96}; }

Q_SIGNALS:
    void coverChanged(const QString& file);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_coverFile;
    quint64 m_generation = 0;
    std::filesystem::path m_dataDir;
};

} // namespace accord::ui
