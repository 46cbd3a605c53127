export default function SyncPage() {
  return <h1>SyncPage</h1>;
}
