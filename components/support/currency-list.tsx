/** ISO 4217 codes offered while typing a currency (the server checks the code in any case). */
export function CurrencyList({ id, currencies }: { id: string; currencies: string[] }) {
  return (
    <datalist id={id}>
      {currencies.map((code) => (
        <option key={code} value={code} />
      ))}
    </datalist>
  );
}
