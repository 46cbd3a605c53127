export default function PeopleListPage() {
  return <h1>PeopleListPage</h1>;
}
