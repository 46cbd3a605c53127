export default function PersonDetailPage() {
  return <h1>PersonDetailPage</h1>;
}
