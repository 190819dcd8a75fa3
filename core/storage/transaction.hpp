// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "storage/connection.hpp"

namespace accord::storage {

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
/// Every multi-row change goes through one of these, so a failure leaves nothing half-written.
/// [the connection's thread]
class Transaction {
public:
    static base::Result<Transaction> begin(Connection& conn);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    base::Status commit();
    void rollback();

private:
    explicit Transaction(Connection& conn) : m_conn(&conn) {}
    Connection* m_conn = nullptr;
    bool m_open = false;
};

} // namespace accord::storage
