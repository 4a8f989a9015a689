// Places that are not in the dataset but that GII news ranks beside China's: a number next to one of them is about
// that place, not about a roundtable figure ("Switzerland ranked 1st", "Tokyo–Yokohama came 2nd").
export const RIVAL_PLACES: readonly string[] = [
  // Economies near the top of the GII
  'Switzerland', 'Sweden', 'United States', 'United States of America', 'U.S.', 'US', 'USA', 'America',
  'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Singapore', 'Finland', 'Netherlands',
  'the Netherlands', 'Denmark', 'Germany', 'France', 'Japan', 'Korea', 'South Korea', 'Republic of Korea', 'Israel',
  'Ireland', 'Canada', 'Estonia', 'Austria', 'Norway', 'Iceland', 'Luxembourg', 'Belgium', 'Australia', 'Italy',
  'Spain', 'India', 'Brazil', 'Russia', 'Vietnam', 'Viet Nam', 'Turkey', 'Türkiye', 'Malaysia', 'Indonesia',
  'Thailand', 'Philippines', 'Mexico', 'Chile', 'Iran', 'Saudi Arabia', 'United Arab Emirates', 'UAE', 'Qatar',
  'South Africa', 'Egypt', 'Kenya', 'Nigeria', 'New Zealand', 'Poland', 'Czechia', 'Hungary', 'Portugal', 'Greece',
  'Europe', 'EU', 'European Union', 'Taiwan',
  // Clusters and cities near the top of WIPO's cluster ranking
  'Tokyo', 'Yokohama', 'Tokyo–Yokohama', 'Seoul', 'San Jose', 'San Francisco', 'San Jose–San Francisco',
  'Silicon Valley', 'Boston', 'Cambridge', 'Boston–Cambridge', 'New York', 'Los Angeles', 'San Diego', 'Osaka',
  'Kobe', 'Kyoto', 'Osaka–Kobe–Kyoto', 'Paris', 'London', 'Munich', 'Berlin', 'Stockholm', 'Zurich', 'Geneva',
  'Amsterdam', 'Rotterdam', 'Eindhoven', 'Tel Aviv', 'Daejeon', 'Bengaluru', 'Bangalore', 'Seattle', 'Chicago',
  'Houston', 'Washington', 'Philadelphia', 'Nagoya', 'Taipei', 'Hsinchu', 'Moscow', 'Sydney', 'Melbourne', 'Toronto',
  'Montreal', 'Singapore City', 'Wuhan', 'Chengdu', 'Qingdao', 'Hefei', 'Tianjin', 'Changsha', 'Chongqing',
  'Jinan', 'Zhengzhou', 'Xiamen', 'Fuzhou', 'Shenyang', 'Dalian', 'Harbin', 'Changchun', 'Kunming',
];
