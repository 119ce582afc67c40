/** The Validator's rules as the tests check them: a good activity passes, and each mistake is caught by its rule. */
import { describe, expect, it } from "vitest";
import { checkIatiRules } from "./iati-rules";

const now = new Date("2026-12-03T12:00:00Z");

const good = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-12-03T11:00:00Z">
  <iati-activity last-updated-datetime="2026-12-01T10:00:00Z" xml:lang="en" default-currency="USD" hierarchy="1">
    <iati-identifier>XM-DAC-41302-A-1</iati-identifier>
    <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
    <title><narrative>Child benefits</narrative></title>
    <description type="1"><narrative>Child benefits</narrative></description>
    <participating-org ref="XM-DAC-41302" type="40" role="1"><narrative>ILO</narrative></participating-org>
    <participating-org role="4"><narrative>Working group</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date type="2" iso-date="2026-01-01"/>
    <activity-date type="3" iso-date="2027-12-31"/>
    <recipient-country code="BJ" percentage="100"/>
    <sector vocabulary="1" code="16010" percentage="100"/>
    <budget type="1" status="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><value value-date="2027-01-01">10</value></budget>
    <planned-disbursement type="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-01-01"/><value value-date="2027-01-01">10</value></planned-disbursement>
    <transaction ref="T1"><transaction-type code="2"/><transaction-date iso-date="2026-02-01"/><value currency="EUR" value-date="2026-02-01">5</value><provider-org ref="XM-DAC-41302"/><receiver-org><narrative>WG</narrative></receiver-org></transaction>
    <result type="2"><title><narrative>R</narrative></title><indicator measure="2" ascending="1"><title><narrative>I</narrative></title><baseline year="2019" value="1"/><period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><target value="2"/><actual value="3"/></period></indicator></result>
  </iati-activity>
</iati-activities>`;

const idsOf = (xml: string) => checkIatiRules(xml, now).map((finding) => finding.id);

describe("the IATI Validator's rules", () => {
  it("finds nothing wrong in a good activity", () => {
    expect(checkIatiRules(good, now)).toEqual([]);
  });

  it.each([
    ["9.1.1", 'version="2.03"', 'version="2.9"'],
    ["1.7.2", '<reporting-org ref="XM-DAC-41302" type="40">', '<reporting-org ref="" type="40">'],
    ["codelist OrganisationType", '<reporting-org ref="XM-DAC-41302" type="40">', '<reporting-org ref="XM-DAC-41302" type="">'],
    ["1.3.13", "XM-DAC-41302-A-1<", "XM-DAC-41302-A/1<"],
    ["1.3.1", "XM-DAC-41302-A-1<", "XM-DAC-41302-A-1 <"],
    ["1.1.3", "XM-DAC-41302-A-1<", "XM-DAC-41302<"],
    ["1.1.1", "XM-DAC-41302-A-1<", "OTHER-1<"],
    ["11.1.1", 'last-updated-datetime="2026-12-01T10:00:00Z"', 'last-updated-datetime="2026-12-04T10:00:00Z"'],
    ["4.1.1", ' xml:lang="en" default-currency', " default-currency"],
    ["9.3.1", 'default-currency="USD"', 'default-currency="XYZ"'],
    ["7.8.1", 'default-currency="USD" ', ""],
    ["6.10.1", '<participating-org role="4"><narrative>Working group</narrative></participating-org>', '<participating-org role="4"/>'],
    ["1.8.1", '<participating-org role="4">', '<participating-org ref="" role="4">'],
    ["codelist OrganisationRole", '<participating-org role="4">', '<participating-org role="7">'],
    ["1.4.13", '<provider-org ref="XM-DAC-41302"/>', '<provider-org ref="XM-DAC-41302" provider-activity-id="XM-DAC-41302-A?1"/>'],
    ["6.9.1", "<receiver-org><narrative>WG</narrative></receiver-org>", "<receiver-org/>"],
    ["9.5.1", '<activity-status code="2"/>', '<activity-status code="9"/>'],
    ["standard atleast_one activity-date[@type='1' or @type='2']", '<activity-date type="2" iso-date="2026-01-01"/>', ""],
    ["11.1.4", '<activity-date type="2" iso-date="2026-01-01"/>', '<activity-date type="2" iso-date="2026-12-04"/>'],
    ["11.1.5", '<activity-date type="3" iso-date="2027-12-31"/>', '<activity-date type="4" iso-date="2027-12-31"/>'],
    ["11.1.2", '<activity-date type="2" iso-date="2026-01-01"/>', '<activity-date type="1" iso-date="2028-01-01"/>'],
    ["11.1.3", '<activity-date type="3" iso-date="2027-12-31"/>', '<activity-date type="4" iso-date="2025-12-31"/>'],
    ["3.7.1", '<recipient-country code="BJ" percentage="100"/>', ""],
    ["3.1.4", 'code="BJ" percentage="100"', 'code="BJ" percentage="90"'],
    ["3.1.2", '<recipient-country code="BJ" percentage="100"/>', '<recipient-country code="BJ" percentage="50"/><recipient-country code="TG" percentage="40"/>'],
    ["3.1.1", '<recipient-country code="BJ" percentage="100"/>', '<recipient-country code="BJ" percentage="50"/><recipient-country code="TG"/>'],
    ["6.2.2", '<sector vocabulary="1" code="16010" percentage="100"/>', ""],
    ["11.2.1", '<transaction-date iso-date="2026-02-01"/>', '<transaction-date iso-date="2026-12-04"/>'],
    ["11.2.2", 'value-date="2026-02-01"', 'value-date="2026-12-04"'],
    ["9.9.1", 'currency="EUR"', 'currency="EURO"'],
    ["codelist TransactionType", '<transaction-type code="2"/>', '<transaction-type code="99"/>'],
    ["7.6.1", '<transaction-date iso-date="2026-02-01"/>', '<transaction-date iso-date="2026-12-02"/>'],
    ["8.6.3", '<planned-disbursement type="1"><period-start iso-date="2027-01-01"/>', '<planned-disbursement type="1"><period-start iso-date="2027-02-01"/>'],
    ["7.5.2", '<value value-date="2027-01-01">10</value></budget>', "<value>10</value></budget>"],
    ["7.5.3", '<period-end iso-date="2027-12-31"/><value value-date="2027-01-01">10</value></budget>', '<period-end iso-date="2028-06-30"/><value value-date="2027-01-01">10</value></budget>'],
    ["8.6.1", '<period><period-start iso-date="2025-01-01"/>', '<period><period-start iso-date="2026-01-01"/><period-end iso-date="2025-01-01"/></period><period><period-start iso-date="2025-01-01"/>'],
    ["8.8.1", '<baseline year="2019" value="1"/>', '<baseline year="2019"/>'],
    ["8.9.1", '<target value="2"/>', "<target/>"],
    ["8.10.1", '<actual value="3"/>', "<actual/>"],
  ])("catches %s", (rule, from, to) => {
    expect(good).toContain(from);
    expect(idsOf(good.replace(from, to))).toContain(rule);
  });

  it("catches an identifier used twice (1.1.2)", () => {
    const activity = /<iati-activity [^]*<\/iati-activity>/.exec(good)![0];
    expect(idsOf(good.replace(activity, `${activity}\n${activity}`))).toContain("1.1.2");
  });
});
