/** A person as the templates use one: the full name, the surname a later sentence may use alone, and the pronoun that refers back. */
export interface Person {
  readonly name: string;
  readonly surname: string;
  readonly pronoun: 'he' | 'she';
  readonly honorific: 'Mr' | 'Ms';
}

function person(name: string, pronoun: 'he' | 'she'): Person {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  return { name, surname, pronoun, honorific: pronoun === 'he' ? 'Mr' : 'Ms' };
}

const WOMEN = [
  'Amara Okonkwo', 'Priya Raghavan', 'Sofia Lindqvist', 'Fatima Haddad', 'Yuki Tanaka', 'Ana Ferreira', 'Ingrid Solberg',
  'Chiara Russo', 'Nadia Petrova', 'Aisha Bello', 'Hannah Weiss', 'Marisol Vega', 'Ji-woo Park', 'Zanele Dlamini',
  'Grace Mensah', 'Camille Laurent', 'Elif Yilmaz', 'Sunita Reddy', 'Ayesha Siddiqui', 'Lucía Morales', 'Rachel Goldberg',
  'Maya Castillo', 'Hana Novak', 'Emma Whitaker', 'Mei Huang',
];

const MEN = [
  'Tomasz Nowak', 'Kwame Asante', 'Rahul Mehta', 'Diego Hernández', 'Hiroshi Nakamura', 'Lars Eriksen', 'Omar Farouk',
  'Mateus Oliveira', 'Arjun Nair', 'Ibrahim Diallo', 'Sergei Volkov', 'Luca Bianchi', 'Jonas Becker', 'Minh Nguyen',
  'Tariq Hussain', 'Kofi Boateng', 'Daniel Cohen', 'Ethan Brooks', 'Nikhil Kapoor', 'Henrik Dahl', 'Emeka Obi',
  'Farid Rahimi', "Patrick O'Brien", 'Felipe Santos', 'Wei Zhang',
];

/** People from many cultures, given name first, each with the pronoun the article uses for them. */
export const PEOPLE: readonly Person[] = [...WOMEN.map((name) => person(name, 'she')), ...MEN.map((name) => person(name, 'he'))];
