// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "file_isrc.hpp"

#include "catalogue/recording.hpp"

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

namespace accord::cli {

base::Result<std::optional<std::string>> readIsrcTag(const std::filesystem::path& file)
{
    if (!std::filesystem::is_regular_file(file))
        return base::Error(base::ErrorCode::NotFound, "no such file").inFile(file.string());
    TagLib::FileRef ref(file.c_str(), false);
    if (ref.isNull() || !ref.file())
        return base::Error(base::ErrorCode::Unsupported, "TagLib cannot read this file's tags").inFile(file.string());
    const TagLib::PropertyMap props = ref.file()->properties();
    const auto it = props.find("ISRC");
    if (it == props.end() || it->second.isEmpty())
        return std::optional<std::string>();
    std::string isrc;
    if (!catalogue::normaliseIsrc(it->second.front().to8Bit(true), isrc))
        return std::optional<std::string>();
    return std::optional<std::string>(isrc);
}

} // namespace accord::cli
