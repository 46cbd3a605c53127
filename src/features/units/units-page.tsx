export default function UnitsPage() {
  return <h1>UnitsPage</h1>;
}
