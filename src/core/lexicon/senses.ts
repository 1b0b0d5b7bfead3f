/**
 * Words that mean something else beside certain neighbours, and so are no evidence there. The model learns
 * one weight per word; "delivery" is delivery of work to a Product Owner but of parcels and meals to a
 * customer, and the corpus is too small to learn that, so the other sense is named by hand.
 */
export const OTHER_SENSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'delivery',
    new Set(('parcel parcels package packages food foods grocery groceries meal meals courier couriers driver drivers doorstep ' +
      'shipping shipment shipments freight postal mail truck trucks van vans warehouse warehouses restaurant restaurants ' +
      'pizza address addresses door home fee fees slot slots day').split(' ')),
  ],
]);

/** How many words either side of such a word are looked at. */
export const SENSE_WINDOW = 3;
