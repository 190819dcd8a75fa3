// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/play_queue.hpp"

#include <catch2/catch.hpp>

using namespace accord::playback;

TEST_CASE("queue entries keep their ids through edits", "[queue]")
{
    PlayQueue q;
    const auto items = q.assign({"a", "b", "c"});
    REQUIRE(items.size() == 3);
    CHECK(items[0].id != items[1].id);
    q.append({"d"});
    CHECK(q.size() == 4);
    CHECK(q.move(items[0].id, 2));
    CHECK(q.at(2).path == "a");
    CHECK(q.at(0).path == "b");
    CHECK(*q.indexOf(items[0].id) == 2);
    CHECK(q.remove(items[1].id));
    CHECK_FALSE(q.remove(items[1].id));
    CHECK(q.size() == 3);
    const auto inserted = q.insert(1, {"x", "y"});
    CHECK(q.at(1).path == "x");
    CHECK(q.at(2).path == "y");
    CHECK(inserted[0].id > items[2].id);
}

TEST_CASE("shuffle keeps every entry and puts the playing one first", "[queue]")
{
    PlayQueue q;
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 50; ++i)
        files.emplace_back(std::to_string(i));
    const auto items = q.assign(files);
    q.shuffle(items[17].id, 42);
    CHECK(q.size() == 50);
    CHECK(q.at(0).id == items[17].id);
    bool moved = false;
    for (std::size_t i = 1; i < 50; ++i)
        moved = moved || q.at(i).path != files[i];
    CHECK(moved);
    for (const auto& item : items)
        CHECK(q.indexOf(item.id).has_value());
}
