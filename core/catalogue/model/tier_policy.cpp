// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/tier_policy.hpp"

#include <algorithm>

namespace accord::catalogue {

const char* toString(Tier tier) noexcept
{
    switch (tier) {
    case Tier::Free:
        return "free";
    case Tier::Vip:
        return "vip";
    case Tier::Svip:
        return "svip";
    }
    return "?";
}

const char* displayName(Tier tier) noexcept
{
    switch (tier) {
    case Tier::Free:
        return "Free";
    case Tier::Vip:
        return "VIP";
    case Tier::Svip:
        return "SVIP";
    }
    return "?";
}

const char* toString(DeviceClass device) noexcept
{
    switch (device) {
    case DeviceClass::Desktop:
        return "desktop";
    case DeviceClass::Car:
        return "car";
    case DeviceClass::Tv:
        return "tv";
    }
    return "?";
}

const char* toString(ResolutionCap cap) noexcept
{
    switch (cap) {
    case ResolutionCap::None:
        return "none";
    case ResolutionCap::Standard:
        return "standard";
    case ResolutionCap::Hires:
        return "hires";
    }
    return "?";
}

std::optional<Tier> parseTier(std::string_view text)
{
    for (Tier t : kAllTiers)
        if (text == toString(t))
            return t;
    return std::nullopt;
}

std::optional<DeviceClass> parseDeviceClass(std::string_view text)
{
    for (DeviceClass d : {DeviceClass::Desktop, DeviceClass::Car, DeviceClass::Tv})
        if (text == toString(d))
            return d;
    return std::nullopt;
}

std::optional<ResolutionCap> parseResolutionCap(std::string_view text)
{
    for (ResolutionCap c : {ResolutionCap::None, ResolutionCap::Standard, ResolutionCap::Hires})
        if (text == toString(c))
            return c;
    return std::nullopt;
}

bool TierRule::allowsModel(std::string_view model) const
{
    return std::find(commercialModels.begin(), commercialModels.end(), model) != commercialModels.end();
}

bool TierRule::allowsDevice(DeviceClass device) const
{
    return std::find(devices.begin(), devices.end(), device) != devices.end();
}

TierPolicy TierPolicy::defaults()
{
    TierPolicy p;
    p.rule(Tier::Free) = {{"AdvertisementSupportedModel", "FreeOfChargeModel"},
                          {DeviceClass::Desktop},
                          ResolutionCap::Standard};
    p.rule(Tier::Vip) = {{"AdvertisementSupportedModel", "FreeOfChargeModel", "SubscriptionModel"},
                         {DeviceClass::Desktop, DeviceClass::Car},
                         ResolutionCap::Standard};
    p.rule(Tier::Svip) = {{"AdvertisementSupportedModel", "FreeOfChargeModel", "SubscriptionModel"},
                          {DeviceClass::Desktop, DeviceClass::Car, DeviceClass::Tv},
                          ResolutionCap::Hires};
    return p;
}

} // namespace accord::catalogue
