// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_codec.hpp"

#include <array>
#include <string_view>

namespace accord::catalogue {

namespace {

constexpr std::uint8_t kVersion = 1;

// DDEX CommercialModelType values common enough to deserve one byte; anything else is stored as text (0).
constexpr std::array<std::string_view, 8> kModels{"AdvertisementSupportedModel",
                                                  "SubscriptionModel",
                                                  "FreeOfChargeModel",
                                                  "PayAsYouGoModel",
                                                  "PerformanceModel",
                                                  "RightsClaimModel",
                                                  "UserDefined",
                                                  "AsPerContract"};

enum : std::uint8_t { kHasValue = 1 };
enum : std::uint8_t { kWorldwide = 1 };

class Writer {
public:
    void byte(std::uint8_t b) { m_out.push_back(static_cast<char>(b)); }
    void varint(std::uint64_t v)
    {
        while (v >= 0x80) {
            byte(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        byte(static_cast<std::uint8_t>(v));
    }
    void signedInt(std::int64_t v)
    {
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void text(std::string_view s)
    {
        varint(s.size());
        m_out.append(s);
    }
    void instant(const std::optional<base::Instant>& t)
    {
        byte(t ? kHasValue : 0);
        if (t)
            signedInt(t->time_since_epoch().count());
    }
    void optId(const std::optional<std::int64_t>& id)
    {
        byte(id ? kHasValue : 0);
        if (id)
            signedInt(*id);
    }
    void scope(Scope s, std::int64_t subject)
    {
        byte(s == Scope::Recording ? 0 : 1);
        signedInt(subject);
    }
    void codes(const std::vector<std::string>& codes)
    {
        varint(codes.size());
        for (const std::string& c : codes)
            m_out.append(c.size() == 2 ? c : std::string("??")); // the stored sets hold only valid codes
    }
    void territories(const TerritorySet& t)
    {
        byte(t.isWorldwide() ? kWorldwide : 0);
        codes(t.included());
        codes(t.excluded());
    }
    void models(const std::vector<std::string>& models)
    {
        varint(models.size());
        for (const std::string& m : models) {
            std::uint8_t code = 0;
            for (std::size_t i = 0; i < kModels.size(); ++i)
                if (kModels[i] == m)
                    code = static_cast<std::uint8_t>(i + 1);
            byte(code);
            if (code == 0)
                text(m);
        }
    }
    void deal(const Deal& d)
    {
        signedInt(d.id);
        text(d.dealKey);
        scope(d.scope, d.subjectId);
        text(d.licensor);
        text(d.licensee);
        territories(d.territories);
        instant(d.validFrom);
        instant(d.validUntil);
        byte(d.useTypes);
        models(d.commercialModels);
        byte(d.exclusive ? 1 : 0);
        optId(d.parentId);
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> in) : m_in(in) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_in.size(); }
    std::size_t position() const { return m_pos; }

    std::uint8_t byte()
    {
        if (m_pos >= m_in.size()) {
            m_failed = true;
            return 0;
        }
        return m_in[m_pos++];
    }
    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = byte();
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0 || m_failed)
                return v;
        }
        m_failed = true;
        return 0;
    }
    std::int64_t signedInt()
    {
        const std::uint64_t v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    // A count of entries each at least `minBytes` long: a corrupt count cannot make us reserve gigabytes.
    std::size_t count(std::size_t minBytes)
    {
        const std::uint64_t n = varint();
        if (n > (m_in.size() - m_pos) / minBytes) {
            m_failed = true;
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    std::string text()
    {
        const std::size_t n = count(1);
        if (m_failed)
            return {};
        std::string s(reinterpret_cast<const char*>(m_in.data() + m_pos), n);
        m_pos += n;
        return s;
    }
    std::optional<base::Instant> instant()
    {
        if (byte() != kHasValue)
            return std::nullopt;
        return base::Instant(std::chrono::seconds(signedInt()));
    }
    std::optional<std::int64_t> optId()
    {
        if (byte() != kHasValue)
            return std::nullopt;
        return signedInt();
    }
    void scope(Scope& s, std::int64_t& subject)
    {
        s = byte() == 0 ? Scope::Recording : Scope::Release;
        subject = signedInt();
    }
    std::vector<std::string> codes()
    {
        const std::size_t n = count(2);
        std::vector<std::string> out;
        out.reserve(n);
        for (std::size_t i = 0; i < n && !m_failed; ++i) {
            out.emplace_back(reinterpret_cast<const char*>(m_in.data() + m_pos), 2);
            m_pos += 2;
        }
        return out;
    }
    TerritorySet territories()
    {
        const bool worldwide = (byte() & kWorldwide) != 0;
        auto included = codes();
        auto excluded = codes();
        return TerritorySet::fromNormalised(worldwide, std::move(included), std::move(excluded));
    }
    std::vector<std::string> models()
    {
        const std::size_t n = count(1);
        std::vector<std::string> out;
        out.reserve(n);
        for (std::size_t i = 0; i < n && !m_failed; ++i) {
            const std::uint8_t code = byte();
            if (code == 0)
                out.push_back(text());
            else if (code <= kModels.size())
                out.emplace_back(kModels[code - 1u]);
            else
                m_failed = true;
        }
        return out;
    }
    Deal deal()
    {
        Deal d;
        d.id = signedInt();
        d.dealKey = text();
        scope(d.scope, d.subjectId);
        d.licensor = text();
        d.licensee = text();
        d.territories = territories();
        d.validFrom = instant();
        d.validUntil = instant();
        d.useTypes = byte();
        d.commercialModels = models();
        d.exclusive = byte() != 0;
        d.parentId = optId();
        return d;
    }

private:
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

// The smallest possible encoded entry of each list (used to bound counts).
constexpr std::size_t kMinDeal = 14;
constexpr std::size_t kMinTakedown = 8;
constexpr std::size_t kMinPurchase = 3;

} // namespace

std::string encodeRights(const RecordingRights& rights)
{
    Writer w;
    w.byte(kVersion);
    for (const auto* list : {&rights.deals, &rights.ancestors}) {
        w.varint(list->size());
        for (const Deal& d : *list)
            w.deal(d);
    }
    w.varint(rights.takedowns.size());
    for (const Takedown& t : rights.takedowns) {
        w.signedInt(t.id);
        w.text(t.takedownKey);
        w.scope(t.scope, t.subjectId);
        w.territories(t.territories);
        w.signedInt(t.effective.time_since_epoch().count());
        w.signedInt(t.transition.count());
        w.text(t.notice);
    }
    w.varint(rights.purchases.size());
    for (const Purchase& p : rights.purchases) {
        w.signedInt(p.id);
        w.scope(p.scope, p.subjectId);
        w.instant(p.purchasedAt);
    }
    return w.take();
}

base::Result<RecordingRights> decodeRights(std::span<const std::uint8_t> row, std::int64_t recordingId)
{
    const auto corrupt = [&](std::size_t at) {
        return base::Error(base::ErrorCode::Format, "stored rights row of recording " +
                                                        std::to_string(recordingId) + " is corrupt at byte " +
                                                        std::to_string(at))
            .forField("recording_rights.data");
    };
    Reader r(row);
    const std::uint8_t version = r.byte();
    if (r.failed() || version != kVersion)
        return corrupt(0);
    RecordingRights out;
    out.recordingId = recordingId;
    for (auto* list : {&out.deals, &out.ancestors}) {
        const std::size_t n = r.count(kMinDeal);
        list->reserve(n);
        for (std::size_t i = 0; i < n && !r.failed(); ++i)
            list->push_back(r.deal());
    }
    const std::size_t takedowns = r.count(kMinTakedown);
    out.takedowns.reserve(takedowns);
    for (std::size_t i = 0; i < takedowns && !r.failed(); ++i) {
        Takedown t;
        t.id = r.signedInt();
        t.takedownKey = r.text();
        r.scope(t.scope, t.subjectId);
        t.territories = r.territories();
        t.effective = base::Instant(std::chrono::seconds(r.signedInt()));
        t.transition = std::chrono::seconds(r.signedInt());
        t.notice = r.text();
        out.takedowns.push_back(std::move(t));
    }
    const std::size_t purchases = r.count(kMinPurchase);
    out.purchases.reserve(purchases);
    for (std::size_t i = 0; i < purchases && !r.failed(); ++i) {
        Purchase p;
        p.id = r.signedInt();
        r.scope(p.scope, p.subjectId);
        p.purchasedAt = r.instant();
        out.purchases.push_back(p);
    }
    if (r.failed() || !r.atEnd())
        return corrupt(r.position());
    return out;
}

} // namespace accord::catalogue
