#pragma once

#include "server/store/CaseRepository.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rathaus::server::caselist {

// The parts of a case list page's SELECT that CaseRepository and CaseSearch
// share (defined in CaseRepository.cpp): the row's columns and joins
// ("SELECT ... FROM `from` ... WHERE a.office_id = ?", `from` naming the cases
// `a`), the filters other than q and the cursor (" AND ..."), and the row.
QString selectFrom(const QString &from);
QString conditions(const CaseListFilter &filter, QVariantList *values);
CaseListRow rowFrom(const QSqlQuery &query);

} // namespace rathaus::server::caselist
