// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/trust.hpp"

#include "sync/refusal.hpp"

namespace accord::sync {

std::string signaturePath(const std::string& documentPath, const PublicKey& key)
{
    return documentPath + "." + key.keyIdHex() + ".minisig";
}

base::Status verifyThreshold(std::string_view data, const RoleKeys& role, const SignatureSet& signatures,
                             const char* failCode)
{
    int verified = 0;
    std::string firstProblem;
    for (const PublicKey& key : role.keys) {
        const auto it = signatures.find(key.keyIdHex());
        if (it == signatures.end())
            continue;
        auto ok = minisignVerify(key, data, it->second);
        if (ok.ok())
            ++verified;
        else if (firstProblem.empty())
            firstProblem = ok.error().message;
    }
    if (verified >= role.threshold)
        return {};
    return refuse(failCode, std::to_string(verified) + " of the required " + std::to_string(role.threshold) +
                                " signatures verify" + (firstProblem.empty() ? "" : ": " + firstProblem));
}

base::Result<Root> verifyNextRoot(const Root& trusted, std::string_view text, const SignatureSet& signatures)
{
    auto next = parseRoot(text);
    if (!next.ok())
        return refuse(refusal::kRootChainBroken, "root " + std::to_string(trusted.version + 1) +
                                                     " is malformed: " + next.error().describe());
    if (next->version != trusted.version + 1)
        return refuse(refusal::kRootChainBroken, "root file " + std::to_string(trusted.version + 1) +
                                                     " says version " + std::to_string(next->version));
    const auto old = verifyThreshold(text, trusted.roles.at("root"), signatures, refusal::kRootChainBroken);
    if (!old.ok())
        return refuse(refusal::kRootChainBroken, "root " + std::to_string(next->version) +
                                                     " lacks the old root keys: " + old.error().message);
    const auto own = verifyThreshold(text, next->roles.at("root"), signatures, refusal::kRootChainBroken);
    if (!own.ok())
        return refuse(refusal::kRootChainBroken, "root " + std::to_string(next->version) +
                                                     " lacks its own keys: " + own.error().message);
    return next;
}

} // namespace accord::sync
