/**
 * Word lists for the synthetic Londoners of `npm run bench:seed`. Names are common in London
 * (most frequent first: the SQL picks early entries more often); every person is made up.
 */
export const femaleGivenNames = [
  "Olivia", "Amelia", "Margaret", "Sarah", "Fatima", "Mary", "Patricia", "Aisha", "Emma", "Sophie", "Jessica", "Maria",
  "Joan", "Susan", "Elizabeth", "Zainab", "Hannah", "Grace", "Priya", "Chloe", "Amina", "Ruth", "Dorothy", "Eileen",
  "Bridget", "Ngozi", "Adaeze", "Yetunde", "Mei", "Anna", "Olga", "Rosa", "Ana", "Nadia", "Sana", "Laura", "Jennifer",
  "Barbara", "Helen", "Catherine", "Deborah", "Comfort", "Funmilayo", "Agnieszka", "Parveen", "Shirley", "Irene", "Maureen",
  "Gloria", "Lakshmi", "Sinead", "Niamh", "Zara", "Isla", "Ava", "Mia", "Leah", "Esther", "Naomi", "Violet",
];

export const maleGivenNames = [
  "Mohammed", "James", "John", "David", "Michael", "Daniel", "Oliver", "George", "Ahmed", "Thomas", "Robert", "William",
  "Muhammad", "Joseph", "Peter", "Richard", "Samuel", "Ali", "Adam", "Patrick", "Kwame", "Dennis", "Harold", "Albert",
  "Tariq", "Arjun", "Winston", "Desmond", "Frank", "Luis", "Piotr", "Tomasz", "Stanislaw", "Oluwaseun", "Chinedu", "Kofi",
  "Raj", "Sanjay", "Imran", "Yusuf", "Hassan", "Kenneth", "Brian", "Anthony", "Christopher", "Paul", "Mark", "Stephen",
  "Ivan", "Marco", "Andrei", "Cheng", "Wei", "Declan", "Sean", "Leroy", "Errol", "Noah", "Leo", "Jacob",
];

export const familyNames = [
  "Smith", "Jones", "Williams", "Brown", "Taylor", "Patel", "Khan", "Ahmed", "Wilson", "Johnson", "Davies", "Begum",
  "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
  "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Ali", "Hussain", "Shah", "Singh", "Kaur", "Rahman", "Islam",
  "Okafor", "Mensah", "Adeyemi", "Okonkwo", "Osei", "Owusu", "Boateng", "Campbell", "Murphy", "O'Connor", "Kelly",
  "Byrne", "Nowak", "Kowalski", "Wisniewski", "Nguyen", "Chen", "Wong", "Li", "Da Silva", "Santos", "Rodrigues",
  "Ferreira", "Costa", "Yilmaz", "Demir", "Haile", "Tesfaye", "Mohamed", "Abdi", "Hassan", "Cohen", "Levy", "Papadopoulos",
  "Georgiou", "Rossi", "Russo", "Cooper", "King", "Baker", "Turner", "Hill", "Scott", "Moore", "Ward", "Morris", "Bennett",
  "Cook", "Bailey", "Bell", "Richardson", "Cox", "Mitchell", "Phillips", "Carter", "Parker", "Allen", "Young", "Adams",
  "Chen-Wright", "Fraser-Bell", "Mahmood", "Iqbal", "Chowdhury", "Miah", "Uddin", "Sharma", "Gupta", "Joshi", "Mistry",
];

/** London areas: [locality, postcode district, streets]. Postcodes are made plausible, not looked up. */
export const londonAreas: [string, string, string[]][] = [
  ["Camberwell", "SE5", ["Camberwell Grove", "Denmark Hill", "Camberwell Church Street", "Grove Lane"]],
  ["Peckham", "SE15", ["Peckham Rye", "Rye Lane", "Queens Road", "Bellenden Road"]],
  ["Hackney", "E8", ["Mare Street", "Dalston Lane", "Richmond Road", "Wilton Way"]],
  ["Brixton", "SW2", ["Brixton Hill", "Acre Lane", "Coldharbour Lane", "Effra Road"]],
  ["East Dulwich", "SE22", ["Lordship Lane", "Barry Road", "Upland Road", "Crystal Palace Road"]],
  ["Holloway", "N7", ["Holloway Road", "Seven Sisters Road", "Camden Road", "Hornsey Road"]],
  ["Kilburn", "NW6", ["Kilburn High Road", "Willesden Lane", "Brondesbury Road", "Iverson Road"]],
  ["Walworth", "SE17", ["Walworth Road", "East Street", "Penrose Street", "Merrow Street"]],
  ["Brockley", "SE4", ["Lewisham Way", "Brockley Road", "Wickham Road", "Tyrwhitt Road"]],
  ["Finsbury Park", "N4", ["Green Lanes", "Stroud Green Road", "Blackstock Road", "Seven Sisters Road"]],
  ["Bermondsey", "SE1", ["Old Kent Road", "Tower Bridge Road", "Jamaica Road", "Long Lane"]],
  ["Bow", "E3", ["Roman Road", "Bow Road", "Malmesbury Road", "Tredegar Square"]],
  ["Tooting", "SW17", ["Tooting High Street", "Mitcham Road", "Trinity Road", "Garratt Lane"]],
  ["Shepherd's Bush", "W12", ["Uxbridge Road", "Goldhawk Road", "Askew Road", "Wood Lane"]],
  ["Deptford", "SE8", ["Deptford High Street", "Evelyn Street", "Deptford Church Street", "Creek Road"]],
  ["Walthamstow", "E17", ["Hoe Street", "Forest Road", "Lea Bridge Road", "Blackhorse Road"]],
  ["Leyton", "E10", ["High Road Leyton", "Francis Road", "Church Road", "Grange Park Road"]],
  ["Stratford", "E15", ["Romford Road", "Broadway", "Maryland Street", "Water Lane"]],
  ["East Ham", "E6", ["High Street North", "Barking Road", "Katherine Road", "Plashet Grove"]],
  ["Ilford", "IG1", ["Ilford Lane", "Cranbrook Road", "Green Lane", "Perth Road"]],
  ["Tottenham", "N17", ["Tottenham High Road", "Lordship Lane", "Philip Lane", "Mount Pleasant Road"]],
  ["Wood Green", "N22", ["Wood Green High Road", "Lordship Lane", "Station Road", "Bounds Green Road"]],
  ["Edmonton", "N9", ["Fore Street", "Hertford Road", "Church Street", "Bury Street"]],
  ["Enfield", "EN1", ["Baker Street", "Lancaster Road", "Southbury Road", "Carterhatch Lane"]],
  ["Harrow", "HA1", ["Station Road", "Headstone Road", "Pinner Road", "Roxborough Road"]],
  ["Wembley", "HA9", ["Ealing Road", "Harrow Road", "Park Lane", "Forty Lane"]],
  ["Southall", "UB1", ["The Broadway", "South Road", "Lady Margaret Road", "Featherstone Road"]],
  ["Ealing", "W5", ["Uxbridge Road", "South Ealing Road", "Northfield Avenue", "Castlebar Road"]],
  ["Hounslow", "TW3", ["Hanworth Road", "Bath Road", "Staines Road", "Lampton Road"]],
  ["Fulham", "SW6", ["Fulham Palace Road", "Munster Road", "Wandsworth Bridge Road", "Lillie Road"]],
  ["Battersea", "SW11", ["Battersea Park Road", "Lavender Hill", "Northcote Road", "York Road"]],
  ["Clapham", "SW4", ["Clapham High Street", "Abbeville Road", "Clapham Park Road", "Crescent Lane"]],
  ["Streatham", "SW16", ["Streatham High Road", "Mitcham Lane", "Greyhound Lane", "Valley Road"]],
  ["Croydon", "CR0", ["London Road", "Lower Addiscombe Road", "Brigstock Road", "Whitehorse Road"]],
  ["Sutton", "SM1", ["High Street", "Brighton Road", "Cheam Road", "Collingwood Road"]],
  ["Bromley", "BR1", ["Widmore Road", "Masons Hill", "Burnt Ash Lane", "College Road"]],
  ["Lewisham", "SE13", ["Lewisham High Street", "Loampit Vale", "Ladywell Road", "Hither Green Lane"]],
  ["Woolwich", "SE18", ["Powis Street", "Plumstead Road", "Woolwich New Road", "Eglinton Hill"]],
  ["Eltham", "SE9", ["Eltham High Street", "Well Hall Road", "Westmount Road", "Court Road"]],
  ["Bexleyheath", "DA6", ["Broadway", "Mayplace Road East", "Erith Road", "Pickford Lane"]],
  ["Romford", "RM1", ["South Street", "Main Road", "Victoria Road", "Brentwood Road"]],
  ["Barking", "IG11", ["Longbridge Road", "Ripple Road", "Upney Lane", "North Street"]],
  ["Islington", "N1", ["Upper Street", "Essex Road", "Caledonian Road", "Liverpool Road"]],
  ["Kentish Town", "NW5", ["Kentish Town Road", "Fortess Road", "Highgate Road", "Leighton Road"]],
  ["Stoke Newington", "N16", ["Stoke Newington Church Street", "Albion Road", "Amhurst Road", "Nevill Road"]],
  ["Whitechapel", "E1", ["Whitechapel Road", "Commercial Road", "Cable Street", "Brick Lane"]],
  ["Poplar", "E14", ["East India Dock Road", "Chrisp Street", "Manchester Road", "Westferry Road"]],
  ["Kensington", "W8", ["Kensington High Street", "Earls Court Road", "Holland Road", "Abingdon Road"]],
  ["Paddington", "W2", ["Edgware Road", "Westbourne Grove", "Praed Street", "Sussex Gardens"]],
  ["Wimbledon", "SW19", ["The Broadway", "Merton Road", "Haydons Road", "Kingston Road"]],
];

export const practiceSuffixes = ["Surgery", "Medical Centre", "Health Centre", "Group Practice", "Medical Practice", "Family Practice"];

export const changeSummaries = [
  "Reviewed at home visit: wishes and medicines updated",
  "Updated after discharge from hospital",
  "CPR decision reviewed with the family",
  "Anticipatory medicines prescribed and recorded",
  "Contacts and next of kin updated",
  "Annual review: no change to the recommendations",
  "Preferred place of death discussed and recorded",
  "Reviewed with the hospice team",
  "Care home review: access details updated",
  "Ceiling of treatment agreed at the multidisciplinary meeting",
];

export const cancelReasons = [
  "The person asked for their plan to be withdrawn",
  "Recorded in error: the person already had a plan with another service",
  "Moved away from the area and registered elsewhere",
];

export const userAgents = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
  "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
];
