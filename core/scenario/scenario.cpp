// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/scenario.hpp"

#include <algorithm>

namespace accord::scenario {

namespace {

template <typename T> bool anyOf(const std::vector<T>& values, const T& v)
{
    return values.empty() || std::find(values.begin(), values.end(), v) != values.end();
}

} // namespace

std::string Subject::label() const
{
    switch (kind) {
    case Kind::Recording:
        return id;
    case Kind::Isrc:
        return "isrc:" + id;
    case Kind::File:
        return "file:" + id;
    }
    return id;
}

bool Selector::matches(const licence::Context& ctx) const
{
    return anyOf(territories, ctx.territory) && anyOf(tiers, ctx.tier) && anyOf(devices, ctx.device) &&
           anyOf(instants, ctx.at);
}

const char* toString(PlayCheck::Outcome outcome) noexcept
{
    switch (outcome) {
    case PlayCheck::Outcome::Played:
        return "played";
    case PlayCheck::Outcome::Preview:
        return "preview";
    case PlayCheck::Outcome::Skipped:
        return "skipped";
    }
    return "?";
}

const LibraryFixture* Scenario::fixture(const std::string& fixtureName) const
{
    for (const LibraryFixture& f : library)
        if (f.name == fixtureName)
            return &f;
    return nullptr;
}

} // namespace accord::scenario
