// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/scenario_parser.hpp"

#include "catalogue/model/territory_set.hpp"
#include "scenario/iso_territories.hpp"
#include "scenario/matrix.hpp"
#include "scenario/toml_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace accord::scenario {

namespace {

std::string indexed(const std::string& name, std::size_t i)
{
    return name + "[" + std::to_string(i) + "]";
}

// Iterates an array of tables ([[name]]), refusing anything else in it.
template <typename F> void eachTable(TomlReader& r, std::string_view key, F&& f)
{
    const toml::array* a = r.array(key);
    if (!a)
        return;
    for (std::size_t i = 0; i < a->size(); ++i) {
        const toml::node& n = *a->get(i);
        const std::string path = indexed(r.keyPath(key), i);
        if (!n.is_table())
            TomlReader::failAt(n, path, "must be a table");
        TomlReader t(*n.as_table(), path);
        f(t, i);
        t.finish();
    }
}

std::vector<std::string> territories(TomlReader& r, std::string_view key)
{
    std::vector<std::string> out;
    for (const std::string& code : r.strings(key)) {
        std::string cc;
        if (!catalogue::normaliseTerritoryCode(code, cc) || !isAssignedTerritory(cc))
            r.fail(key, "unknown territory '" + code + "' (an ISO 3166-1 alpha-2 code such as CN or NO)");
        out.push_back(cc);
    }
    return out;
}

std::vector<catalogue::Tier> tiers(TomlReader& r, std::string_view key)
{
    std::vector<catalogue::Tier> out;
    for (const std::string& t : r.strings(key)) {
        const auto tier = catalogue::parseTier(t);
        if (!tier)
            r.fail(key, "unknown tier '" + t + "' (free, vip or svip)");
        out.push_back(*tier);
    }
    return out;
}

std::vector<catalogue::DeviceClass> devices(TomlReader& r, std::string_view key)
{
    std::vector<catalogue::DeviceClass> out;
    for (const std::string& d : r.strings(key)) {
        const auto device = catalogue::parseDeviceClass(d);
        if (!device)
            r.fail(key, "unknown device class '" + d + "' (desktop, car or tv)");
        out.push_back(*device);
    }
    return out;
}

Selector selector(TomlReader& r)
{
    Selector s;
    s.territories = territories(r, "territory");
    s.tiers = tiers(r, "tier");
    s.devices = devices(r, "device");
    s.instants = r.instants("at");
    return s;
}

// One context for a timeline or play check: territory and tier required, one value each.
licence::Context singleContext(TomlReader& r, bool withAt)
{
    licence::Context ctx;
    const auto t = territories(r, "territory");
    const auto ti = tiers(r, "tier");
    const auto d = devices(r, "device");
    if (t.size() != 1)
        r.fail("territory", "one territory is required");
    if (ti.size() != 1)
        r.fail("tier", "one tier is required");
    if (d.size() > 1)
        r.fail("device", "one device class only");
    ctx.territory = t[0];
    ctx.tier = ti[0];
    if (!d.empty())
        ctx.device = d[0];
    if (withAt) {
        const auto at = r.instant("at");
        if (!at)
            r.fail("at", "the instant is required");
        ctx.at = *at;
    }
    return ctx;
}

std::optional<licence::Verdict> verdict(TomlReader& r, std::string_view key)
{
    const auto v = r.string(key);
    if (!v)
        return std::nullopt;
    for (auto candidate : {licence::Verdict::Playable, licence::Verdict::Preview, licence::Verdict::Blocked})
        if (*v == licence::toString(candidate))
            return candidate;
    r.fail(key, "unknown verdict '" + *v + "' (playable, preview or blocked)");
}

Subject subject(TomlReader& r, const Scenario& s)
{
    const auto rec = r.string("recording");
    const auto isrc = r.string("isrc");
    const auto file = r.string("file");
    if (static_cast<int>(rec.has_value()) + static_cast<int>(isrc.has_value()) +
            static_cast<int>(file.has_value()) !=
        1)
        throw ScenarioSyntaxError(r.pos(), r.keyPath("recording"),
                                  "exactly one of recording, isrc or file is required");
    if (rec)
        return {Subject::Kind::Recording, *rec};
    if (isrc)
        return {Subject::Kind::Isrc, *isrc};
    if (!s.fixture(*file))
        r.fail("file", "no [[library]] fixture is named '" + *file + "'");
    return {Subject::Kind::File, *file};
}

nlohmann::json toJson(const toml::node& n)
{
    if (const auto* t = n.as_table()) {
        nlohmann::json o = nlohmann::json::object();
        for (const auto& [k, v] : *t)
            o[std::string(k.str())] = toJson(v);
        return o;
    }
    if (const auto* a = n.as_array()) {
        nlohmann::json o = nlohmann::json::array();
        for (const auto& v : *a)
            o.push_back(toJson(v));
        return o;
    }
    if (const auto* s = n.as_string())
        return s->get();
    if (const auto* i = n.as_integer())
        return i->get();
    if (const auto* f = n.as_floating_point())
        return f->get();
    if (const auto* b = n.as_boolean())
        return b->get();
    if (n.is_date() || n.is_date_time()) {
        // Dates stay dates (the catalogue reads them in its own time zone); date-times become UTC instants.
        std::ostringstream text;
        if (n.is_date())
            text << *n.as_date();
        else
            text << *n.as_date_time();
        return text.str();
    }
    TomlReader::failAt(n, "catalogue", "a time of day alone has no meaning in a catalogue");
}

void readCatalogues(TomlReader& top, Scenario& s)
{
    eachTable(top, "catalogue", [&](TomlReader& r, std::size_t) {
        CatalogueFixture c;
        c.pos = r.pos();
        const auto file = r.string("file");
        const toml::table* data = r.table("data");
        if (file.has_value() == (data != nullptr))
            throw ScenarioSyntaxError(r.pos(), r.keyPath("file"), "exactly one of file or data is required");
        if (file) {
            c.file = std::filesystem::absolute(s.file).parent_path() / *file;
            std::ifstream probe(c.file, std::ios::binary);
            if (!probe)
                r.fail("file", "cannot read catalogue fixture " + c.file.string());
        } else {
            nlohmann::json j = toJson(*data);
            // A scenario-only key: the recording's fingerprint is that of a library fixture's audio.
            if (const toml::array* recs = (*data)["recordings"].as_array()) {
                for (std::size_t i = 0; i < recs->size(); ++i) {
                    const toml::table* rec = recs->get(i)->as_table();
                    const toml::node* of = rec ? rec->get("fingerprint_of") : nullptr;
                    if (!of)
                        continue;
                    const std::string key =
                        r.keyPath("data.recordings[" + std::to_string(i) + "].fingerprint_of");
                    if (!of->is_string())
                        TomlReader::failAt(*of, key, "must be the name of a [[library]] fixture");
                    const std::string name(*of->value<std::string_view>());
                    if (!s.fixture(name))
                        TomlReader::failAt(*of, key,
                                           "no [[library]] fixture is named '" + name +
                                               "' (library fixtures come before catalogues)");
                    j["recordings"][i].erase("fingerprint_of");
                    c.fingerprintsOf.emplace_back(i, name);
                }
            }
            if (!j.contains("format"))
                j["format"] = "accord-catalogue";
            if (!j.contains("version"))
                j["version"] = 1;
            c.inlineJson = j.dump(2);
        }
        s.catalogues.push_back(std::move(c));
    });
}

void readLibrary(TomlReader& top, Scenario& s)
{
    eachTable(top, "library", [&](TomlReader& r, std::size_t) {
        LibraryFixture f;
        f.pos = r.pos();
        const auto name = r.string("name");
        if (!name || name->empty())
            throw ScenarioSyntaxError(r.pos(), r.keyPath("name"), "a non-empty name is required");
        if (s.fixture(*name))
            r.fail("name", "a library fixture named '" + *name + "' already exists");
        f.name = *name;
        f.title = f.name;
        const auto file = r.string("file");
        const auto format = r.string("format");
        if (file.has_value() == format.has_value())
            throw ScenarioSyntaxError(r.pos(), r.keyPath("file"),
                                      "exactly one of file (a real file) or format (generated) is required");
        if (file) {
            f.file = std::filesystem::absolute(s.file).parent_path() / *file;
            std::ifstream probe(f.file, std::ios::binary);
            if (!probe)
                r.fail("file", "cannot read library fixture " + f.file.string());
            s.library.push_back(std::move(f));
            return;
        }
        if (*format == "flac")
            f.spec.container = audio::Container::Flac;
        else if (*format == "wav")
            f.spec.container = audio::Container::Wav;
        else if (*format == "aiff")
            f.spec.container = audio::Container::Aiff;
        else if (*format == "mp3")
            f.spec.container = audio::Container::Mp3;
        else if (*format == "ogg")
            f.spec.container = audio::Container::OggVorbis;
        else
            r.fail("format", "unknown format '" + *format + "' (flac, wav, aiff, mp3 or ogg)");
        f.spec.sampleRate = static_cast<std::uint32_t>(r.integer("rate", 8000, 384000).value_or(44100));
        f.spec.bits = static_cast<std::uint16_t>(r.integer("bits", 16, 24).value_or(16));
        if (f.spec.bits != 16 && f.spec.bits != 24)
            r.fail("bits", "must be 16 or 24");
        f.spec.channels = static_cast<std::uint16_t>(r.integer("channels", 1, 2).value_or(2));
        f.seconds = r.number("seconds").value_or(2.0);
        if (f.seconds <= 0 || f.seconds > 600)
            r.fail("seconds", "must be more than 0 and at most 600");
        f.tags = r.boolean("tags").value_or(true);
        f.isrc = r.string("isrc");
        if (f.isrc && !f.tags)
            r.fail("isrc", "a file with tags = false has no ISRC tag");
        if (auto t = r.string("title"))
            f.title = *t;
        if (auto a = r.string("artist"))
            f.artist = *a;
        f.seed = static_cast<std::uint32_t>(
            r.integer("seed", 0, 1'000'000).value_or(static_cast<std::int64_t>(s.library.size() + 1)));
        s.library.push_back(std::move(f));
    });
}

void addSubject(Scenario& s, const Subject& subj)
{
    if (std::find(s.subjects.begin(), s.subjects.end(), subj) == s.subjects.end())
        s.subjects.push_back(subj);
}

void readMatrix(TomlReader& top, Scenario& s)
{
    const toml::table* t = top.table("matrix");
    if (!t)
        return;
    TomlReader r(*t, "matrix");
    s.matrix.territories = territories(r, "territories");
    s.matrix.tiers = tiers(r, "tiers");
    s.matrix.devices = devices(r, "devices");
    if (s.matrix.devices.empty())
        s.matrix.devices.push_back(catalogue::DeviceClass::Desktop);
    s.matrix.instants = r.instants("at");
    if (s.matrix.territories.empty())
        r.fail("territories", "at least one territory is required");
    if (s.matrix.tiers.empty())
        r.fail("tiers", "at least one tier is required");
    if (s.matrix.instants.empty())
        r.fail("at", "at least one instant is required");
    for (const std::string& id : r.strings("recordings"))
        addSubject(s, {Subject::Kind::Recording, id});
    for (const std::string& id : r.strings("isrcs"))
        addSubject(s, {Subject::Kind::Isrc, id});
    for (const std::string& name : r.strings("files")) {
        if (!s.fixture(name))
            r.fail("files", "no [[library]] fixture is named '" + name + "'");
        addSubject(s, {Subject::Kind::File, name});
    }
    eachTable(r, "exclude", [&](TomlReader& e, std::size_t) { s.matrix.exclude.push_back(selector(e)); });
    r.finish();
}

void readExpectations(TomlReader& top, Scenario& s)
{
    eachTable(top, "expect", [&](TomlReader& r, std::size_t) {
        if (s.matrix.territories.empty())
            throw ScenarioSyntaxError(r.pos(), r.keyPath("recording"), "[[expect]] needs a [matrix]");
        Expectation e;
        e.pos = r.pos();
        e.subject = subject(r, s);
        e.slice = selector(r);
        e.verdict = verdict(r, "verdict");
        if (const auto cap = r.string("cap")) {
            if (*cap == "none")
                e.cap = catalogue::ResolutionCap::None;
            else if (*cap == "standard")
                e.cap = catalogue::ResolutionCap::Standard;
            else if (*cap == "hires")
                e.cap = catalogue::ResolutionCap::Hires;
            else
                r.fail("cap", "unknown cap '" + *cap + "' (none, standard or hires)");
        }
        e.reasonsContain = r.strings("reasons");
        if (r.has("reasons_exact"))
            e.reasonsExact = r.strings("reasons_exact");
        if (r.has("valid_until")) {
            e.validUntilSet = true;
            const toml::node* n = r.take("valid_until");
            if (n->is_string() && *n->value<std::string_view>() == "none")
                e.validUntil = std::nullopt;
            else
                e.validUntil = TomlReader::instantOf(*n, r.keyPath("valid_until"));
        }
        if (const toml::table* deals = r.table("deals")) {
            for (const auto& [k, v] : *deals) {
                if (!v.is_string())
                    TomlReader::failAt(v, r.keyPath("deals." + std::string(k.str())),
                                       "must be an outcome code string");
                e.deals[std::string(k.str())] = std::string(*v.value<std::string_view>());
            }
        }
        if (const auto m = r.string("identification")) {
            e.identification = identify::methodFromString(*m);
            if (!e.identification)
                r.fail("identification",
                       "unknown method '" + *m +
                           "' (isrc, catalogue_id, fingerprint, title_artist, unidentified)");
            if (e.subject.kind != Subject::Kind::File)
                r.fail("identification", "only a file is identified");
        }
        const auto cells = expandMatrix(s.matrix);
        if (std::none_of(cells.begin(), cells.end(),
                         [&](const licence::Context& c) { return e.slice.matches(c); }))
            throw ScenarioSyntaxError(r.pos(), r.keyPath("territory"), "selects no cell of the [matrix]");
        addSubject(s, e.subject);
        s.expectations.push_back(std::move(e));
    });
}

void readTimelines(TomlReader& top, Scenario& s)
{
    eachTable(top, "timeline", [&](TomlReader& r, std::size_t) {
        Timeline t;
        t.pos = r.pos();
        t.name = r.string("name").value_or("");
        t.subject = subject(r, s);
        t.context = singleContext(r, false);
        const auto from = r.instant("from");
        const auto to = r.instant("to");
        if (!from)
            r.fail("from", "the start is required");
        if (!to)
            r.fail("to", "the end is required");
        if (*to <= *from)
            r.fail("to", "must be after from");
        t.from = *from;
        t.to = *to;
        eachTable(r, "expect", [&](TomlReader& st, std::size_t i) {
            TimelineStep step;
            step.pos = st.pos();
            step.from = st.instant("from");
            const auto v = verdict(st, "verdict");
            if (!v)
                st.fail("verdict", "the verdict is required");
            step.verdict = *v;
            step.reasons = st.strings("reasons");
            if (step.from && (*step.from < t.from || *step.from >= t.to))
                st.fail("from", "must lie within the timeline's from and to");
            if (i == 0 && step.from && *step.from != t.from)
                st.fail("from", "the first step starts at the timeline's from");
            t.steps.push_back(std::move(step));
        });
        if (t.steps.empty())
            r.fail("expect", "at least one [[timeline.expect]] step is required");
        s.timelines.push_back(std::move(t));
    });
}

void readPlays(TomlReader& top, Scenario& s)
{
    eachTable(top, "play", [&](TomlReader& r, std::size_t) {
        PlayCheck p;
        p.pos = r.pos();
        const auto file = r.string("file");
        if (!file)
            throw ScenarioSyntaxError(r.pos(), r.keyPath("file"), "the library fixture to play is required");
        if (!s.fixture(*file))
            r.fail("file", "no [[library]] fixture is named '" + *file + "'");
        p.file = *file;
        p.context = singleContext(r, true);
        const auto outcome = r.string("outcome");
        if (!outcome)
            throw ScenarioSyntaxError(r.pos(), r.keyPath("outcome"), "the outcome is required");
        if (*outcome == "played")
            p.outcome = PlayCheck::Outcome::Played;
        else if (*outcome == "preview")
            p.outcome = PlayCheck::Outcome::Preview;
        else if (*outcome == "skipped")
            p.outcome = PlayCheck::Outcome::Skipped;
        else
            r.fail("outcome", "unknown outcome '" + *outcome + "' (played, preview or skipped)");
        p.code = r.string("code");
        if (p.code && p.outcome != PlayCheck::Outcome::Skipped)
            r.fail("code", "a skip code goes with outcome = \"skipped\"");
        if (auto f = r.integer("frames", 0, std::int64_t{1} << 40))
            p.frames = static_cast<std::uint64_t>(*f);
        if (auto v = r.integer("output_rate", 8000, 768000))
            p.outputRate = static_cast<std::uint32_t>(*v);
        if (auto v = r.integer("output_bits", 8, 32))
            p.outputBits = static_cast<std::uint16_t>(*v);
        p.bitPerfect = r.boolean("bit_perfect");
        s.plays.push_back(std::move(p));
    });
}

Scenario readScenario(const toml::table& root, const std::filesystem::path& file)
{
    Scenario s;
    s.file = file;
    TomlReader top(root, "");
    const auto format = top.string("format");
    if (!format)
        throw ScenarioSyntaxError({1, 1}, "format", "format = \"accord-scenario\" is required");
    if (*format != "accord-scenario")
        top.fail("format", "must be \"accord-scenario\"");
    const auto version = top.integer("version", 1, 1000);
    if (!version)
        throw ScenarioSyntaxError({1, 1}, "version", "version = 1 is required");
    if (*version != 1)
        top.fail("version", "only version 1 is understood");
    s.name = top.string("name").value_or(file.stem().string());
    s.description = top.string("description").value_or("");
    readLibrary(top, s);
    readCatalogues(top, s);
    readMatrix(top, s);
    readExpectations(top, s);
    readTimelines(top, s);
    readPlays(top, s);
    top.finish();
    return s;
}

base::Error syntaxError(const std::filesystem::path& file, SourcePos pos, const std::string& key,
                        const std::string& message)
{
    std::string text =
        file.string() + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": ";
    if (!key.empty())
        text += key + ": ";
    text += message;
    return base::Error(base::ErrorCode::Format, text).inFile(file.string()).atLine(pos.line).forField(key);
}

} // namespace

base::Result<Scenario> parseScenarioText(std::string_view text, const std::filesystem::path& file)
{
    toml::table root;
    try {
        root = toml::parse(text, file.string());
    } catch (const toml::parse_error& e) {
        return syntaxError(
            file, {static_cast<long>(e.source().begin.line), static_cast<long>(e.source().begin.column)}, "",
            std::string(e.description()));
    }
    try {
        return readScenario(root, file);
    } catch (const ScenarioSyntaxError& e) {
        return syntaxError(file, e.pos, e.key, e.what());
    }
}

base::Result<Scenario> parseScenarioFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return base::Error(base::ErrorCode::NotFound, file.string() + ": cannot read the scenario file")
            .inFile(file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return parseScenarioText(text.str(), file);
}

} // namespace accord::scenario
