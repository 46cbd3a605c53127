export default function PersonFormPage() {
  return <h1>PersonFormPage</h1>;
}
