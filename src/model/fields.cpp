#include "model/fields.h"

#include "model/project.h"
#include "model/year_label.h"

namespace fundpress {
namespace {

const FieldInfo fields[field_count] = {
    {Field::id, "id", "Reference", FieldType::text,
     "The publisher's reference for the row; also the address of its page."},
    {Field::year, "year", "Financial year", FieldType::year,
     "The financial year (1 April to 31 March) the amount belongs to."},
    {Field::section, "section", "Section", FieldType::text,
     "The section of the budget the row is reported under."},
    {Field::service, "service", "Service", FieldType::text,
     "The name of the service, project or grant."},
    {Field::organisation, "organisation", "Organisation", FieldType::text,
     "The organisation that delivers the service or receives the grant."},
    {Field::description, "description", "Description", FieldType::text, "What the money pays for."},
    {Field::amount, "amount", "Amount (£)", FieldType::money, "The amount in pounds sterling."},
    {Field::area, "area", "Area", FieldType::text, "The geographical area the service reaches."},
    {Field::fund, "fund", "Fund", FieldType::text,
     "The fund or funding stream the money comes from."},
    {Field::priority, "priority", "Priority", FieldType::list,
     "The Police and Crime Plan priorities the row supports."},
    {Field::status, "status", "Status", FieldType::text,
     "Where the award stands (for example proposed, awarded, paid)."},
    {Field::note, "note", "Note", FieldType::text,
     "A note printed under the table, marked against the amount."},
    {Field::conditions, "conditions", "Conditions", FieldType::text,
     "Conditions attached to the grant."},
    {Field::mechanism, "mechanism", "Mechanism", FieldType::text,
     "How the money is given: commissioned service, grant, partnership agreement."},
    {Field::award_date, "award_date", "Award date", FieldType::date,
     "The date the award was made."},
    {Field::start_date, "start_date", "Start date", FieldType::date,
     "The date the funded work starts."},
    {Field::end_date, "end_date", "End date", FieldType::date, "The date the funded work ends."},
    {Field::org_id, "org_id", "Organisation identifier", FieldType::text,
     "The organisation's identifier from org-id.guide, such as GB-CHC-1234567."},
    {Field::charity_number, "charity_number", "Charity number", FieldType::text,
     "The organisation's registered charity number."},
    {Field::company_number, "company_number", "Company number", FieldType::text,
     "The organisation's Companies House number."},
    {Field::term, "term", "Term", FieldType::text,
     "The initial term and extension options, in years: \"3+1\" is three years and one more."},
    {Field::procurement_route, "procurement_route", "Procurement route", FieldType::text,
     "How a contract was let: quotes, tender or single tender action."},
    {Field::approver, "approver", "Approved by", FieldType::text,
     "Who signed off a single tender action."},
    {Field::counterparty_sector, "counterparty_sector", "Counterparty sector", FieldType::text,
     "The sector of the other party: public, voluntary or private."},
    {Field::unit_price, "unit_price", "Unit price (£)", FieldType::money,
     "The price of one unit under Any Qualified Provider."},
    {Field::units, "units", "Units", FieldType::text,
     "How many units are bought under Any Qualified Provider."},
    {Field::co_funders, "co_funders", "Co-funders", FieldType::text,
     "Who else pays into a co-commissioned or pooled budget."},
    {Field::pcc_share, "pcc_share", "PCC's share", FieldType::text,
     "The Commissioner's share of a pooled budget."},
    {Field::decision_date, "decision_date", "Decision date", FieldType::date,
     "The date of the decision recorded in the status (for example to decommission)."},
    {Field::decision_reason, "decision_reason", "Reason for the decision", FieldType::text,
     "Why the decision was made."},
    {Field::decision_url, "decision_url", "Decision record", FieldType::text,
     "Where the published decision can be read."},
    {Field::reporting, "reporting", "Reporting", FieldType::text,
     "How often the recipient reports: quarterly, six-monthly or year end."},
    {Field::payment_stages, "payment_stages", "Payment stages", FieldType::text,
     "When the money is paid: in advance, in stages, in arrears."},
    {Field::cost_category, "cost_category", "Cost category", FieldType::text,
     "What kind of cost the money pays for, as the fund's eligible costs name them."},
    {Field::purpose, "purpose", "Purpose", FieldType::text,
     "The purpose of a crime and disorder reduction grant (Specified Information Order)."},
    {Field::reasons, "reasons", "Reasons", FieldType::text,
     "Why a crime and disorder reduction grant is expected to reduce crime and disorder."},
    {Field::cdr_grant, "cdr_grant", "Crime and disorder reduction grant", FieldType::text,
     "Yes when the award is a crime and disorder reduction grant (Police Reform and Social "
     "Responsibility Act 2011, section 9)."},
    {Field::applicant_type, "applicant_type", "Applicant type", FieldType::text,
     "The kind of body that applied, as the fund's eligible applicants name them."},
};

}  // namespace

const FieldInfo& field_info(Field field) { return fields[static_cast<int>(field)]; }

bool field_by_name(const std::string& name, Field* field) {
  for (const FieldInfo& info : fields) {
    if (name == info.name) {
      *field = info.field;
      return true;
    }
  }
  return false;
}

std::string field_names() {
  std::string names;
  for (const FieldInfo& info : fields)
    names += (names.empty() ? "" : ", ") + std::string(info.name);
  return names;
}

std::string field_label(const Wording& wording, Field field) {
  if (wording.only_year.start) return field_label(wording, field, wording.only_year);
  auto found = wording.field_labels.find(field);
  if (found != wording.field_labels.end() && !found->second.empty())
    return strip_year(found->second);
  return field_info(field).default_label;
}

std::string field_label(const Wording& wording, Field field, FinancialYear year) {
  auto found = wording.field_labels.find(field);
  if (found != wording.field_labels.end() && !found->second.empty())
    return fill_year(found->second, year);
  return field_info(field).default_label;
}

}  // namespace fundpress
