// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "desktop/mpris_root_adaptor.hpp"

#include "desktop/mpris_service.hpp"

namespace accord::ui {

MprisRootAdaptor::MprisRootAdaptor(QObject* object, MprisService* service)
    : QDBusAbstractAdaptor(object), m_service(service)
{
}

QStringList MprisRootAdaptor::supportedMimeTypes() const
{
    return {QStringLiteral("audio/flac"),  QStringLiteral("audio/mpeg"),   QStringLiteral("audio/ogg"),
            QStringLiteral("audio/x-wav"), QStringLiteral("audio/x-aiff"), QStringLiteral("audio/opus")};
}

void MprisRootAdaptor::Raise()
{
    Q_EMIT m_service->raiseRequested();
}
void MprisRootAdaptor::Quit()
{
    Q_EMIT m_service->quitRequested();
}

} // namespace accord::ui
