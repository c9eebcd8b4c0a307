#!/usr/bin/python3
"""Seed a freshly initialised Tryton 6.0 database with the plant the hub's tests expect.

Run with Debian's system python3 while trytond is NOT running (proteus in direct mode writes the SQLite file):

    /usr/bin/python3 seed.py <trytond.conf> <database>

Passwords come from the environment: TRYTON_HUB_PASSWORD (the integration user `hub`, required; Tryton's
password policy applies: 8 characters and enough entropy). Prints one line per created thing and 'seeded' at the
end; any failure exits non-zero with Python's traceback.
"""
import datetime
import os
import sys
from decimal import Decimal

from proteus import Model, config

if len(sys.argv) != 3:
    sys.exit('usage: seed.py <trytond.conf> <database>')
conf_file, database = sys.argv[1], sys.argv[2]
hub_password = os.environ.get('TRYTON_HUB_PASSWORD')
if not hub_password:
    sys.exit('TRYTON_HUB_PASSWORD is not set')

config.set_trytond(database, config_file=conf_file)

ModelData = Model.get('ir.model.data')
Currency = Model.get('currency.currency')
Party = Model.get('party.party')
Company = Model.get('company.company')
Employee = Model.get('company.employee')
User = Model.get('res.user')
Group = Model.get('res.group')
Location = Model.get('stock.location')
Uom = Model.get('product.uom')
Template = Model.get('product.template')
ProductSupplier = Model.get('purchase.product_supplier')
Inventory = Model.get('stock.inventory')


def xml_id(module, fs_id):
    """The record id behind a module's XML id: names are translated, XML ids are not."""
    return one(ModelData, [('module', '=', module), ('fs_id', '=', fs_id)], 'XML id').db_id


def one(model, domain, what):
    found = model.find(domain)
    if len(found) != 1:
        sys.exit('expected exactly one %s for %s, found %d' % (what, domain, len(found)))
    return found[0]


eur = Currency(name='Euro', code='EUR', symbol='€', rounding=Decimal('0.01'))
eur.save()

company_party = Party(name='Acme Manufacturing GmbH', code='ACME')
company_party.save()
company = Company(party=company_party, currency=eur)
company.save()
print('company', company.id, company_party.code)

employee_party = Party(name='Hub Integration')
employee_party.save()
employee = Employee(party=employee_party, company=company)
employee.save()

admin = User(config.get_config().user)
admin.companies.append(Company(company.id))
admin.company = company
admin.save()
# the admin's context now carries the company: records below belong to it
config.get_config()._context = User.get_preferences(True, {})

warehouse = one(Location, [('code', '=', 'WH'), ('type', '=', 'warehouse')], 'warehouse WH')
storage = one(Location, [('code', '=', 'STO')], 'storage zone STO')
crib = Location(name='Maintenance Crib', code='MAINT', type='storage', parent=warehouse)
crib.save()
print('locations WH', warehouse.id, 'STO', storage.id, 'MAINT', crib.id)

supplier = Party(name='Rolling Parts Supply KG', code='SUP-ROLL')
supplier.save()

unit = Uom(xml_id('product', 'uom_unit'))
meter = Uom(xml_id('product', 'uom_meter'))

PRODUCTS = [
    # code, name, uom, stock in STO, supplier lead time in days (None: no supplier)
    ('SKF-6205-2RS', 'Deep groove ball bearing SKF 6205-2RS', unit, 40, 5),
    ('VB-SPA-1250', 'V-belt SPA 1250', unit, 12, None),
    ('HOSE-HYD-12', 'Hydraulic hose DN12', meter, 25, None),
    ('SEAL-KIT-C45', 'Cylinder seal kit C45', unit, 0, None),
]
products = {}
for code, name, uom, _, lead_days in PRODUCTS:
    template = Template(name=name, code=code, type='goods', default_uom=uom, purchasable=True,
                        purchase_uom=uom, list_price=Decimal('10.00'))
    template.save()
    product = template.products[0]
    product.cost_price = Decimal('7.20')
    product.save()
    if lead_days is not None:
        ProductSupplier(template=template, party=supplier,
                        lead_time=datetime.timedelta(days=lead_days)).save()
    products[code] = product
    print('product', product.id, product.code)

inventory = Inventory(location=storage)
for code, _, _, quantity, _ in PRODUCTS:
    if quantity:
        line = inventory.lines.new()
        line.product = products[code]
        line.quantity = float(quantity)
inventory.save()
inventory.click('confirm')
print('inventory', inventory.id, inventory.state)

groups = [Group(xml_id(module, fs_id)) for module, fs_id in [
    ('stock', 'group_stock'),
    ('product', 'group_product_admin'),
    ('purchase', 'group_purchase'),
    ('purchase_request', 'group_purchase_request'),
    ('purchase_requisition', 'group_purchase_requisition'),
]]
hub = User(name='Millwright hub', login='hub', password=hub_password)
hub.groups.extend(groups)
hub.companies.append(Company(company.id))
hub.company = company
hub.employees.append(Employee(employee.id))
hub.employee = employee
hub.save()
print('user', hub.id, hub.login)
print('seeded')
