// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/import/import_report.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accord::catalogue {

/// A small read-only element tree for DDEX messages: local names (namespace prefixes dropped),
/// attributes, trimmed text, children, and the line each element starts on (for error messages).
/// [any thread] Plain value type.
struct XmlNode {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;
    std::string text;
    long line = 0;
    std::vector<std::unique_ptr<XmlNode>> children;

    /// First child with this local name, or nullptr.
    const XmlNode* child(std::string_view local) const;
    /// All children with this local name.
    std::vector<const XmlNode*> all(std::string_view local) const;
    /// Text of the first child with this name ("" if none).
    std::string childText(std::string_view local) const;
    /// Follows a path of child names, "A/B/C".
    const XmlNode* path(std::string_view slashPath) const;
    std::string attribute(std::string_view local) const;
};

/// Parses XML with expat, refusing hostile input instead of expanding it: any DOCTYPE (so no entity
/// declarations, internal or external, and no billion-laughs), nesting deeper than limits.maxDepth, more
/// than limits.maxElements elements. Errors name the file and the line. [any thread]
base::Result<std::unique_ptr<XmlNode>> parseXml(std::string_view text, const std::string& fileName,
                                                const ImportLimits& limits);

} // namespace accord::catalogue
