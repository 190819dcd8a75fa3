// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "storage/transaction.hpp"

namespace accord::storage {

base::Result<Transaction> Transaction::begin(Connection& conn)
{
    ACCORD_TRY(conn.exec("BEGIN IMMEDIATE"));
    Transaction t(conn);
    t.m_open = true;
    return t;
}

Transaction::Transaction(Transaction&& other) noexcept : m_conn(other.m_conn), m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

base::Status Transaction::commit()
{
    if (!m_open)
        return base::Error(base::ErrorCode::Internal, "commit without an open transaction");
    auto st = m_conn->exec("COMMIT");
    if (st.ok())
        m_open = false;
    return st;
}

void Transaction::rollback()
{
    if (m_open) {
        (void)m_conn->exec("ROLLBACK");
        m_open = false;
    }
}

} // namespace accord::storage
