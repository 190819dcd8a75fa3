// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/ddex/xml_tree.hpp"

#include <expat.h>

#include <climits>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;

const XmlNode* XmlNode::child(std::string_view local) const
{
    for (const auto& c : children)
        if (c->name == local)
            return c.get();
    return nullptr;
}

std::vector<const XmlNode*> XmlNode::all(std::string_view local) const
{
    std::vector<const XmlNode*> out;
    for (const auto& c : children)
        if (c->name == local)
            out.push_back(c.get());
    return out;
}

std::string XmlNode::childText(std::string_view local) const
{
    const XmlNode* c = child(local);
    return c ? c->text : std::string();
}

const XmlNode* XmlNode::path(std::string_view slashPath) const
{
    const XmlNode* node = this;
    while (node && !slashPath.empty()) {
        const size_t slash = slashPath.find('/');
        node = node->child(slashPath.substr(0, slash));
        slashPath = slash == std::string_view::npos ? std::string_view() : slashPath.substr(slash + 1);
    }
    return node;
}

std::string XmlNode::attribute(std::string_view local) const
{
    for (const auto& [k, v] : attributes)
        if (k == local)
            return v;
    return {};
}

namespace {

std::string localName(const char* qualified)
{
    const std::string_view q(qualified);
    const size_t colon = q.rfind(':');
    return std::string(colon == std::string_view::npos ? q : q.substr(colon + 1));
}

void trim(std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        s.clear();
        return;
    }
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    s.erase(0, first);
}

struct Builder {
    XML_Parser parser = nullptr;
    ImportLimits limits;
    std::unique_ptr<XmlNode> root;
    std::vector<XmlNode*> stack;
    std::int64_t elements = 0;
    std::string refusal;
    long refusalLine = 0;

    void refuse(std::string why)
    {
        if (refusal.empty()) {
            refusal = std::move(why);
            refusalLine = static_cast<long>(XML_GetCurrentLineNumber(parser));
        }
        XML_StopParser(parser, XML_FALSE);
    }

    static void onStart(void* self, const XML_Char* name, const XML_Char** attrs)
    {
        auto* b = static_cast<Builder*>(self);
        if (static_cast<int>(b->stack.size()) >= b->limits.maxDepth)
            return b->refuse("elements nested deeper than " + std::to_string(b->limits.maxDepth) + " levels");
        if (++b->elements > b->limits.maxElements)
            return b->refuse("more than " + std::to_string(b->limits.maxElements) + " elements");
        auto node = std::make_unique<XmlNode>();
        node->name = localName(name);
        node->line = static_cast<long>(XML_GetCurrentLineNumber(b->parser));
        for (const XML_Char** a = attrs; a && *a; a += 2)
            node->attributes.emplace_back(localName(a[0]), a[1]);
        XmlNode* raw = node.get();
        if (b->stack.empty())
            b->root = std::move(node);
        else
            b->stack.back()->children.push_back(std::move(node));
        b->stack.push_back(raw);
    }

    static void onEnd(void* self, const XML_Char*)
    {
        auto* b = static_cast<Builder*>(self);
        if (b->stack.empty())
            return;
        trim(b->stack.back()->text);
        b->stack.pop_back();
    }

    static void onText(void* self, const XML_Char* s, int len)
    {
        auto* b = static_cast<Builder*>(self);
        if (!b->stack.empty() && len > 0)
            b->stack.back()->text.append(s, static_cast<size_t>(len));
    }

    static void onDoctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int)
    {
        static_cast<Builder*>(self)->refuse(
            "DOCTYPE declarations are refused (DDEX and XSPF input need no DTDs or entities)");
    }

    static void onEntity(void* self, const XML_Char* name, int, const XML_Char*, int, const XML_Char*,
                         const XML_Char*, const XML_Char*, const XML_Char*)
    {
        static_cast<Builder*>(self)->refuse(std::string("entity declaration '") + name + "' refused");
    }
};

} // namespace

base::Result<std::unique_ptr<XmlNode>> parseXml(std::string_view text, const std::string& fileName,
                                                const ImportLimits& limits)
{
    if (text.size() > limits.maxFileBytes || text.size() > static_cast<size_t>(INT_MAX))
        return Error(ErrorCode::Refused,
                     "file larger than the " + std::to_string(limits.maxFileBytes) + "-byte import limit")
            .inFile(fileName);
    Builder b;
    b.limits = limits;
    // No namespace processing: DDEX versions differ in namespace URIs, and the prefix is dropped anyway.
    b.parser = XML_ParserCreate(nullptr);
    if (!b.parser)
        return Error(ErrorCode::Internal, "cannot create an XML parser");
    XML_SetParamEntityParsing(b.parser, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetUserData(b.parser, &b);
    XML_SetElementHandler(b.parser, &Builder::onStart, &Builder::onEnd);
    XML_SetCharacterDataHandler(b.parser, &Builder::onText);
    XML_SetStartDoctypeDeclHandler(b.parser, &Builder::onDoctype);
    XML_SetEntityDeclHandler(b.parser, &Builder::onEntity);
    const XML_Status status = XML_Parse(b.parser, text.data(), static_cast<int>(text.size()), XML_TRUE);
    Error err;
    bool failed = false;
    if (!b.refusal.empty()) {
        err = Error(ErrorCode::Refused, b.refusal).inFile(fileName).atLine(b.refusalLine);
        failed = true;
    } else if (status != XML_STATUS_OK) {
        err =
            Error(ErrorCode::Format, std::string("XML error: ") + XML_ErrorString(XML_GetErrorCode(b.parser)))
                .inFile(fileName)
                .atLine(static_cast<long>(XML_GetCurrentLineNumber(b.parser)));
        failed = true;
    }
    XML_ParserFree(b.parser);
    if (failed)
        return err;
    if (!b.root)
        return Error(ErrorCode::Format, "no root element").inFile(fileName);
    return std::move(b.root);
}

} // namespace accord::catalogue
