import type { EntityType } from '../doc/layers.js';
import { asciiLowerCase, isAsciiLetterOrDigit } from '../doc/chars.js';

/**
 * A curated lexicon of real-world names from the technology industry and the news around it: companies and
 * their units, AI labs, chip makers, platforms, carriers, regulators, outlets, products, and places that
 * compromise's stock model misses or mistypes. It is general knowledge, organised by category; it lists no
 * article's names. Unambiguous forms are also loaded into compromise as words (see `nlp.ts`), so the
 * tagger reads them as names in context; the entities stage matches every form itself, token by token.
 *
 * An entry is written `Name|other form|other form`. A leading `~` marks a form that is also a common word or a
 * surname ("Apple", "Windows", "Switch"): it counts only when capitalised and not as the plain first word of a sentence.
 */
export interface LexiconEntry {
  readonly name: string;
  readonly type: EntityType;
  /** Every written form, `name` first ("Alphabet", "Alphabet Inc"), as listed (`~` included). */
  readonly forms: readonly string[];
}

const ORGANIZATIONS = {
  bigTech: [
    'Alphabet|Alphabet Inc', 'Google|Google LLC', 'YouTube', 'DeepMind|Google DeepMind', 'Waymo', '~Verily', 'Fitbit', 'Nest Labs',
    'Microsoft|Microsoft Corp|Microsoft Corporation', 'GitHub', 'LinkedIn', 'Activision Blizzard|Activision',
    'Blizzard Entertainment|~Blizzard', 'Mojang', 'Bethesda|Bethesda Softworks', '~Nuance|Nuance Communications',
    '~Apple|Apple Inc|Apple Computer', 'Beats Electronics', 'Shazam', 'Amazon|Amazon.com|Amazon.com Inc', 'Amazon Web Services|AWS',
    'Whole Foods|Whole Foods Market', '~Twitch', 'Zappos', '~Audible', 'Yahoo|Yahoo!|Yahoo Inc', 'AOL|America Online', 'MSN',
    '~Meta|Meta Platforms', 'Facebook', 'Instagram', 'WhatsApp', 'Oculus|Oculus VR', 'Reality Labs',
  ],
  aiLabs: [
    'OpenAI', 'Anthropic', 'Mistral AI|~Mistral', 'xAI', 'Cohere', 'Hugging Face', 'Stability AI', 'Inflection AI|~Inflection',
    'Character.AI|Character.ai', '~Perplexity|Perplexity AI', 'DeepSeek', 'Moonshot AI', 'Zhipu AI|Zhipu', 'Baichuan', 'MiniMax',
    '01.AI', 'AI21 Labs', '~Runway|Runway ML', 'Midjourney', 'Scale AI', 'Databricks', '~Snowflake',
    'Palantir|Palantir Technologies', 'C3.ai', 'Adept AI|~Adept', 'Aleph Alpha', 'Sakana AI', 'Safe Superintelligence', 'Reka AI',
    'Groq', 'Cerebras|Cerebras Systems', 'SambaNova', 'Graphcore', 'CoreWeave', 'Lambda Labs', 'Allen Institute for AI',
    'Google Brain', 'Meta AI', '~FAIR', 'Figure AI', 'Magic Leap', 'Anduril|Anduril Industries', 'Shield AI', 'Synthesia',
    'ElevenLabs', 'Suno', 'Pika Labs', 'Luma AI', 'Glean', 'Anysphere', 'Replit', 'StepFun', 'Pony.ai', 'WeRide', 'Hesai',
    'Momenta', 'Tenstorrent', 'SiFive', 'Lightmatter', 'PsiQuantum', 'IonQ', 'Rigetti|Rigetti Computing', 'D-Wave|D-Wave Systems',
    'Quantinuum', 'Wayve', '~Covariant', 'Physical Intelligence',
    'Fireworks AI', 'Together AI', 'Anyscale', 'Modal Labs', '~Poolside', 'Cognition AI|Cognition Labs', 'Harvey AI',
    'Jasper AI', 'Descript', 'Otter.ai', '~Abridge', 'Hippocratic AI', 'Tempus AI', 'Recursion Pharmaceuticals',
    'Insilico Medicine', 'Isomorphic Labs', 'Xaira Therapeutics', 'Brilliant Labs', 'Nothing Technology',
    'Teenage Engineering', 'Framework Computer', 'Nebius', 'Scaleway', 'Vast Data', 'Microsoft Research', 'Amazon Robotics',
    'Alibaba Cloud', 'Huawei Cloud', 'Tencent Cloud', 'Oracle Cloud', 'Activision Publishing',
  ],
  chips: [
    'Nvidia|NVIDIA|Nvidia Corp', 'AMD|Advanced Micro Devices', 'Intel|Intel Corp|Intel Corporation',
    'TSMC|Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor Manufacturing Co|Taiwan Semiconductor', 'Qualcomm',
    '~Arm|Arm Holdings|ARM Holdings', 'Broadcom', 'Samsung|Samsung Electronics', 'SK Hynix|SK hynix|Hynix', 'SK Group', 'ASML',
    'Micron|Micron Technology', 'Texas Instruments', 'GlobalFoundries',
    'SMIC|Semiconductor Manufacturing International Corporation', 'MediaTek', 'Marvell|Marvell Technology',
    'Infineon|Infineon Technologies', 'NXP|NXP Semiconductors', 'STMicroelectronics', 'Applied Materials', 'Lam Research', 'KLA',
    'Tokyo Electron', 'Foxconn|Hon Hai|Hon Hai Precision', 'Pegatron', 'Wistron', 'Analog Devices', 'Western Digital', 'Seagate',
    'Kioxia', 'Rambus', 'Synopsys', 'Cadence|Cadence Design Systems', 'Xilinx', 'Altera', 'Renesas', 'Rapidus',
    'Imagination Technologies', 'Transmeta', 'Freescale', 'Cirrus Logic', 'ATI|ATI Technologies', '3dfx', 'Matrox',
    'VIA Technologies', 'SanDisk', 'Lexar', 'Iomega', 'Creative Technology', 'Archos', 'iRiver', 'Microchip Technology',
    'Lattice Semiconductor', 'Wolfspeed', 'onsemi|ON Semiconductor', 'Arista Networks|Arista', 'Ciena', 'NetApp', 'Pure Storage',
    'Nutanix', 'BOE Technology|BOE', 'Hua Hong', 'CXMT', 'Moore Threads', 'Biren',
    'Arm China', 'Ampere Computing', 'd-Matrix', 'SiMa.ai', 'Hailo', 'Axelera AI', 'Rivos', 'Esperanto Technologies',
    'Untether AI', 'Kneron', 'Black Sesame', 'Enflame', 'Iluvatar CoreX', 'Unisoc', 'Loongson', 'Sugon', 'Inspur',
    'Sony Semiconductor Solutions', 'Nanya Technology', 'Winbond', 'Macronix', 'Realtek', 'Novatek',
    'ASE Technology|ASE Group', 'Amkor Technology|Amkor', 'Teradyne', 'Screen Holdings', 'Disco Corp', 'Lasertec',
    'JSR Corp', 'Shin-Etsu Chemical|Shin-Etsu', 'Sumco', 'Siltronic', 'ASM International', 'BE Semiconductor|Besi',
    'Aixtron', 'Carl Zeiss|~Zeiss', 'Trumpf', 'Lumentum', 'IPG Photonics', 'Keysight Technologies|Keysight',
    'National Instruments', 'Ansys', 'Siemens EDA|Mentor Graphics', 'Arteris', 'Alphawave', 'Credo Technology',
    'Astera Labs', 'Supermicro|Super Micro Computer', 'Quanta Computer', 'Inventec', 'Compal', 'Luxshare', 'BYD Electronic',
    'Jabil', 'Celestica', 'Sanmina',
  ],
  platforms: [
    'TikTok', 'ByteDance', 'Twitter', 'X Corp', 'Snap Inc', 'Snapchat', 'Reddit', 'Pinterest', 'Spotify', 'Netflix', 'Uber', 'Lyft',
    'Airbnb', 'DoorDash', 'Instacart', 'Grubhub', 'Deliveroo', 'Just Eat', 'Booking.com|Booking Holdings', 'Expedia',
    'Tripadvisor|TripAdvisor', 'eBay', 'Etsy', 'Shopify', 'PayPal', '~Stripe', 'Robinhood', 'Coinbase', 'Binance', 'FTX', 'Klarna',
    'Revolut', 'Monzo', '~Zoom|Zoom Video|Zoom Video Communications', '~Slack', '~Discord', '~Telegram', '~Tinder', 'Match Group',
    '~Bumble', 'Dropbox', 'Yelp', 'Quora', 'Tumblr', 'Mozilla', 'Wikimedia Foundation', 'Wikipedia', 'Napster', 'Kazaa', 'MySpace',
    'Friendster', 'Bebo', 'Skype', 'Craigslist', 'Groupon', 'Zynga', 'Rovio', 'King Digital', 'Supercell', 'Nextdoor', 'Substack',
    'Patreon', 'OnlyFans', 'Duolingo', 'Canva', 'Figma', '~Notion', 'Peloton', 'WeWork', 'Opendoor', 'Zillow', 'Rakuten', 'Naver',
    'Kakao', '~Grab', 'Gojek', 'Sea Limited', 'Flipkart', 'Paytm', '~Ola', 'Swiggy', 'Zomato', 'Mercado Libre', 'Wayfair', '~Chewy',
    'Truth Social', '~Rumble', '~Gab', 'Parler', 'Bluesky', '~Mastodon', '~Hinge', 'Vimeo', 'SoundCloud', 'Deezer', '~Tidal',
    'Roku', 'Sonos', '~Ring', '~Tile', 'Automattic', 'Squarespace', 'Wix', 'GoDaddy', 'Yandex', 'VKontakte|VK', 'Mail.ru',
    'Niantic', 'Quibi', '~Chime', '~Plaid', 'Brex', 'Rippling', '~Gusto', 'Airtable', 'Asana', 'Monday.com', 'Miro', 'Calendly',
    'Grammarly', 'Vercel', 'Supabase', 'Netlify', 'HashiCorp', 'GitLab', 'JetBrains', '~Confluent', 'Datadog', 'New Relic',
    'PagerDuty', 'Fastly', 'DigitalOcean', 'Linode', 'OVHcloud', 'Hetzner', 'Backblaze', 'Kelkoo', 'Lastminute.com',
    'Friends Reunited', 'RealNetworks', 'Roxio', 'Macrovision', 'Gemstar', 'Grokster', 'StreamCast', 'iMesh', 'Blockbuster',
    'Netscape Communications', 'Opera Software|~Opera', 'Mozilla Foundation', 'Ask Jeeves|Ask.com', 'Lycos', '~Excite', 'AltaVista',
    '~Overture', 'DoubleClick', 'Akamai Technologies', 'Xanga', 'LiveJournal', 'Digg', '~Delicious',
    'iSoftStone', 'Kingsoft', 'Xunlei', 'Bilibili', 'iQiyi', 'Youku', 'Ximalaya', 'Tuya', '~Agora', 'Zepp Health|Huami',
    'Anker', 'Ecovacs', 'Roborock', 'Dreame', 'Insta360',
  ],
  telecoms: [
    'AT&T', 'Verizon|Verizon Communications', 'T-Mobile|T-Mobile US', '~Sprint', 'BT|BT Group|British Telecom', 'Vodafone',
    '~Orange', 'Deutsche Telekom', 'Telefonica|Telefónica', '~O2', 'EE', 'Comcast', 'Charter Communications', 'Altice',
    'Virgin Media', '~Sky', 'NTT|NTT Docomo|Docomo', 'SoftBank|SoftBank Group|SoftBank Group Corp', 'KDDI', 'China Mobile',
    'China Unicom', 'China Telecom', 'Reliance Jio|Jio', 'Reliance Industries|~Reliance', 'Bharti Airtel|Airtel', 'Telstra',
    'Rogers Communications', 'Swisscom', 'KPN', 'Telenor', 'Telia', 'MTN', 'Etisalat', 'Ericsson', 'Nokia',
    'Huawei|Huawei Technologies', 'ZTE', 'Cisco|Cisco Systems', 'Juniper Networks', 'Alcatel-Lucent|Alcatel', 'Nortel', 'Lucent',
    'Qwest', 'Cingular', 'Orange UK', 'Three UK', 'Hutchison|CK Hutchison', 'Cable & Wireless', 'Liberty Global', 'Iridium',
    'Viasat', 'SES', 'Eutelsat', 'OneWeb', 'SK Telecom', 'KT Corp', 'LG Uplus', 'Dish Network|~Dish', 'EchoStar',
    'Frontier Communications', 'Lumen Technologies|CenturyLink', 'Wanadoo', 'Tiscali', 'NTL', 'Telewest', 'Freeserve',
    'BSkyB|British Sky Broadcasting', 'Pipex', 'Energis', 'Oftel', 'Virgin Mobile', 'mmO2', 'Hutchison 3G', 'Nextel',
    'AT&T Wireless', 'DirecTV', 'XM Satellite Radio', 'Sirius XM|~Sirius', 'Handspring', 'Pace Micro', 'Vonage', 'Ooma',
    'Talk Talk|TalkTalk', 'Plusnet', 'Kabel Deutschland', '~Iliad', 'Free Mobile',
  ],
  regulators: [
    'Federal Trade Commission|FTC', 'Securities and Exchange Commission|SEC', 'Federal Communications Commission|FCC',
    'Department of Justice|Justice Department|DOJ', 'FBI|Federal Bureau of Investigation', 'CIA|Central Intelligence Agency',
    'National Security Agency|NSA', 'NASA', 'Pentagon', '~Congress', '~Senate', 'House of Representatives', 'Supreme Court',
    '~Parliament', 'House of Commons', 'House of Lords', 'Bundestag', 'National Assembly', 'Lok Sabha',
    'European Commission', 'European Parliament', 'European Union|EU', 'European Central Bank|ECB', 'Council of the European Union',
    'Ofcom', 'Competition and Markets Authority|CMA', 'Information Commissioner’s Office|Information Commissioner\'s Office|ICO',
    'Financial Conduct Authority|FCA', 'Bank of England', 'Federal Reserve', 'International Monetary Fund|IMF', 'World Bank',
    'World Trade Organization|WTO', 'United Nations|UN|U.N.', 'NATO', 'OPEC', 'Food and Drug Administration|FDA',
    'Federal Aviation Administration|FAA', 'NHTSA|National Highway Traffic Safety Administration',
    'Environmental Protection Agency|EPA', 'Department of Commerce|Commerce Department', 'Department of Defense|Defense Department',
    'Department of Homeland Security', 'CFIUS', 'USPTO|Patent and Trademark Office', 'NIST', 'DARPA', 'European Space Agency|ESA',
    'CNIL', 'Bundeskartellamt', 'Cyberspace Administration of China', 'Ministry of Industry and Information Technology|MIIT',
    'ACCC', 'CRTC', 'Home Office', 'Cabinet Office', 'Department for Science, Innovation and Technology|DSIT',
    'Department for Culture, Media and Sport|DCMS', 'Department for Digital, Culture, Media and Sport',
    'Department for Business and Trade', 'Department for Education', 'Ministry of Defence', '~Treasury', 'Internal Revenue Service|IRS',
    'Federal Election Commission', 'Consumer Financial Protection Bureau|CFPB', 'Commodity Futures Trading Commission|CFTC',
    'Interpol', 'Europol', 'World Health Organization|~WHO', 'OECD', 'G7', 'G20', 'ICANN', 'IETF', 'W3C', 'IEEE',
    'Electronic Frontier Foundation|EFF', 'American Civil Liberties Union|ACLU', 'Linux Foundation', 'Apache Software Foundation',
    'Free Software Foundation', 'Recording Industry Association of America|RIAA',
    'Motion Picture Association of America|MPAA|Motion Picture Association', 'British Phonographic Industry|BPI',
    'Consumer Electronics Association|Consumer Technology Association|CTA', 'GSMA', 'Ofgem', 'Ofwat', 'Serious Fraud Office',
    'Federal Cartel Office', 'Japan Fair Trade Commission', 'Korea Fair Trade Commission',
    'State Administration for Market Regulation', 'Reserve Bank of India', 'People’s Bank of China|People\'s Bank of China',
    'People’s Liberation Army|People\'s Liberation Army', 'Which?',
    'Bank of Japan', 'National Health Service|NHS', 'Royal Society', 'National Science Foundation',
    'National Institutes of Health|NIH', 'CERN', 'JAXA', 'Roscosmos', 'ISRO', 'Department of Trade and Industry|DTI', 'Ofsted',
    'Entertainment and Leisure Software Publishers Association|ELSPA|Elspa', 'Entertainment Software Association',
    'Federal Network Agency|Bundesnetzagentur', 'Arcep', 'Agcom', 'AGCM',
    'Irish Data Protection Commission|Data Protection Commission', 'European Data Protection Board',
    'Court of Justice of the European Union', 'European Court of Justice|ECJ', 'General Court', 'Commerce Ministry',
    'Ministry of Commerce', 'National Development and Reform Commission|NDRC', 'Securities and Futures Commission|SFC',
    'Financial Services Agency', 'Monetary Authority of Singapore|MAS', 'Competition Commission of India|CCI',
    'Advertising Standards Authority|ASA',
  ],
  outlets: [
    'Reuters', 'Bloomberg|Bloomberg News|Bloomberg LP', 'BBC|BBC News|British Broadcasting Corporation', 'CNBC', 'CNN', 'Fox News',
    'NBC|NBC News', 'CBS|CBS News', 'ABC News', 'NPR', 'PBS', 'New York Times|NYT', 'Wall Street Journal|WSJ',
    'Financial Times|~FT', 'Washington Post', 'Associated Press', 'Agence France-Presse|AFP', 'The Verge', 'TechCrunch', '~Wired',
    'Engadget', 'Ars Technica', 'CNET', 'ZDNet', 'Gizmodo', 'Mashable', 'Recode', 'Axios', 'Politico', 'Business Insider', 'Forbes',
    'The Information', 'Nikkei', 'South China Morning Post|SCMP', 'Xinhua', 'Yonhap', 'Kyodo', 'Al Jazeera', 'Sky News',
    'The Telegraph|Daily Telegraph', 'Daily Mail', 'The Guardian', 'The Economist', 'The Times', 'The Independent', 'USA Today',
    'Los Angeles Times', 'Vox Media', '~Vox', 'The Hollywood Reporter', '~Variety', '~Deadline', 'Bloomberg Businessweek',
    '~Fortune', 'VentureBeat', 'The Register', 'Slashdot', 'Techmeme', '~Protocol', 'Semafor', 'The Atlantic', 'New Yorker',
    'Newsweek', 'BuzzFeed|BuzzFeed News', 'HuffPost|Huffington Post', '~Vice|Vice Media', 'Dow Jones', 'Thomson Reuters', 'Caixin',
    'Global Times', 'People’s Daily', 'Nikkei Asia', 'Der Spiegel', 'Le Monde', 'Handelsblatt', 'IGN', 'Kotaku', '~Polygon',
    'Eurogamer', 'PC World', 'PCMag', 'Tom’s Hardware', 'AnandTech', '9to5Mac', 'MacRumors', 'The Next Web', '~Quartz',
    'BBC World Service', 'BBC Radio 4|Radio 4', 'BBC Radio 5 Live|Radio 5 Live', 'BBC Radio 1', 'BBC One', 'BBC Two', 'BBC Three',
    'BBC Scotland', 'BBC Wales', 'Channel 5', 'RTÉ', 'Deutsche Welle', 'France 24',
  ],
  hardware: [
    'Sony|Sony Corp|Sony Corporation|Sony Group', 'Sony Interactive Entertainment', 'Sony Pictures', 'Sony Music', 'Sony Ericsson',
    'Nintendo', 'Sega', '~Dell|Dell Technologies', 'HP|Hewlett-Packard|HP Inc', 'Hewlett Packard Enterprise|HPE', 'Lenovo',
    'Xiaomi', 'Oppo', 'OnePlus', 'Realme', 'Motorola|Motorola Mobility|Motorola Solutions', 'LG|LG Electronics', 'HTC', 'Asus',
    'Acer', 'Toshiba', 'Panasonic', 'Fujitsu', 'NEC', 'Hitachi', 'Philips', 'Siemens', 'Garmin', 'GoPro', 'Logitech', 'Razer',
    '~Valve|Valve Corporation', 'Epic Games', 'Electronic Arts', 'Ubisoft', 'Take-Two|Take-Two Interactive', 'Rockstar Games',
    'Bandai Namco', 'Square Enix', 'Capcom', 'Konami', 'Nexon', 'NetEase', 'Riot Games', 'Roblox', 'Unity Technologies|~Unity',
    'BlackBerry|RIM|Research In Motion', '~Palm', 'Psion', '~Canon', 'Nikon', 'Kodak|Eastman Kodak', 'Xerox', 'Polaroid', 'Atari',
    'Commodore', 'Compaq', '~Gateway', 'Silicon Graphics|SGI', 'Sun Microsystems|~Sun', 'Netscape', 'Novell', 'Borland', 'Unisys',
    '~Sharp', 'Sanyo', '~Pioneer', 'JVC', '~Bose', '~Dyson', 'iRobot', 'DJI', 'Fairphone', 'Vizio', 'TCL', 'Hisense', 'Haier',
    'Alienware', 'Microsoft Studios', 'Xbox Game Studios', 'Naughty Dog', 'Insomniac Games', 'Bungie', 'CD Projekt', 'FromSoftware',
    'Mojang Studios', '~Rare', 'Codemasters', 'Sumo Digital', 'Frontier Developments', 'Media Molecule', 'Eidos', 'THQ',
    'Midway|Midway Games', 'SCi|SCi Entertainment', 'Lionhead|Lionhead Studios', 'Infogrames', 'Namco', 'Taito', 'Hudson Soft',
    'eMachines', 'Tandy', 'RadioShack', 'Amstrad', 'Sinclair Research', 'Acorn Computers', 'Olivetti',
  ],
  enterprise: [
    '~Oracle|Oracle Corp', 'SAP', 'Salesforce', 'IBM', 'Adobe', 'VMware', 'ServiceNow', 'Workday', 'Intuit', 'Autodesk',
    'Atlassian', 'Red Hat', 'Accenture', 'Infosys', 'Wipro', 'Tata Consultancy Services|TCS', 'Tata Group|Tata', 'Capgemini',
    'Deloitte', 'PwC|PricewaterhouseCoopers', 'KPMG', 'EY|Ernst & Young', 'McKinsey|McKinsey & Company',
    'Boston Consulting Group|BCG', 'Bain & Company', 'Gartner', 'IDC', 'Forrester|Forrester Research', 'Canalys',
    'Counterpoint Research', 'Jupiter Research', '~Ovum', 'Palo Alto Networks', 'CrowdStrike', 'Fortinet', 'Okta', 'Cloudflare',
    'Akamai', 'Twilio', 'MongoDB', 'Splunk', 'Citrix', 'Symantec', 'McAfee', 'Kaspersky|Kaspersky Lab',
    'Check Point|Check Point Software', 'SolarWinds', 'Zscaler', 'Rackspace', 'Equinix', 'Digital Realty', 'DocuSign', 'HubSpot',
    'Zendesk', 'EDS|Electronic Data Systems', 'Sophos', 'Trend Micro', 'F-Secure', 'Avast', '~Norton', 'Mandiant', 'FireEye',
    '~Sage', 'Micro Focus', 'Capita', 'Fujitsu Services', '~Cognizant', 'HCL|HCLTech', 'Tech Mahindra', 'NTT Data',
    'Dassault Systèmes', 'ABB', 'Honeywell', 'General Electric|GE', 'Bosch', 'Schneider Electric', 'Teradata', 'Informatica',
    'Alibaba|Alibaba Group|Alibaba Group Holding', 'Ant Group|Ant Financial', 'Tencent|Tencent Holdings', 'Baidu', 'JD.com|~JD',
    'Pinduoduo|PDD Holdings', 'Meituan', 'Didi|Didi Chuxing|Didi Global', 'BYD', 'Nio', 'XPeng|Xpeng', 'Li Auto', 'SenseTime',
    'iFlytek', 'Kuaishou', 'Sina', 'Sohu', 'Trip.com|Ctrip', 'Shein', 'CATL', 'Geely', '~Honor', '~Vivo', 'Hikvision', 'Dahua',
    'Megvii', 'Horizon Robotics', 'Cambricon', 'Unitree', 'YMTC', 'Lenovo Group', 'China Electronics', 'Weibo Corp',
  ],
  vehiclesAndSpace: [
    'Tesla|Tesla Motors|Tesla Inc', 'SpaceX', 'Blue Origin', 'Rivian', '~Lucid|Lucid Motors', 'General Motors|GM',
    '~Ford|Ford Motor', 'Volkswagen|VW', 'BMW', 'Mercedes-Benz', 'Daimler', 'Stellantis', 'Toyota', 'Honda', 'Nissan', 'Hyundai',
    '~Kia', 'Volvo', 'Jaguar Land Rover', 'Renault', 'Porsche', 'Ferrari', 'Polestar', '~Cruise', 'Zoox', 'Mobileye',
    'Aurora Innovation', 'Boeing', 'Airbus', 'Lockheed Martin', 'Northrop Grumman', 'Raytheon', 'Virgin Galactic', 'Rocket Lab',
    'Arianespace', 'Relativity Space', 'Sierra Space', 'Axiom Space', 'United Launch Alliance|ULA', 'Planet Labs', '~Astra',
    'Boring Company', 'Neuralink', 'Virgin Group', 'Virgin Atlantic', 'Uber Eats', 'Waze',
  ],
  finance: [
    'Goldman Sachs', 'Morgan Stanley', 'JPMorgan|JPMorgan Chase|JP Morgan|J.P. Morgan', 'Citigroup|Citi', 'Bank of America',
    'Wells Fargo', 'HSBC', 'Barclays', 'UBS', 'Credit Suisse', 'Deutsche Bank', 'BlackRock', '~Vanguard', '~Fidelity',
    'Berkshire Hathaway', 'Sequoia Capital|Sequoia', 'Andreessen Horowitz|a16z', 'Kleiner Perkins', '~Accel', 'Tiger Global',
    'Vision Fund|SoftBank Vision Fund', 'Y Combinator', 'Nasdaq', 'New York Stock Exchange|NYSE', 'London Stock Exchange',
    'Hong Kong Stock Exchange|Hong Kong Exchanges and Clearing|HKEX', '~Visa', 'Mastercard', 'American Express|Amex',
    'Moody’s|Moody\'s', 'Standard & Poor’s|Standard & Poor\'s', '~Fitch|Fitch Ratings', 'Jefferies', '~Bernstein', 'Evercore',
    '~Lazard', 'Wedbush', 'Piper Sandler', 'KeyBanc', 'Raymond James', 'Nomura', 'Mizuho', 'Macquarie', 'Charles Schwab',
    'Silicon Valley Bank|SVB', 'General Atlantic', 'KKR', 'Blackstone', '~Carlyle|Carlyle Group', 'Thoma Bravo', 'Silver Lake',
    'Founders Fund', '~Benchmark', 'Greylock', 'Lightspeed Venture Partners', 'Index Ventures', 'Insight Partners', 'Coatue',
    'Temasek', 'Mubadala', 'Public Investment Fund', 'Ark Invest', '~Citadel', '~Bridgewater', 'Renaissance Technologies',
    'Alibaba Pictures', 'Hang Seng', 'Shenzhen Stock Exchange', 'Shanghai Stock Exchange', 'Tokyo Stock Exchange', 'Euronext',
    'Khosla Ventures', 'Bessemer Venture Partners', 'Battery Ventures', 'Lux Capital', 'Redpoint Ventures|Redpoint',
    'Ribbit Capital', 'New Enterprise Associates|NEA', 'Atomico', 'Balderton Capital|Balderton', 'EQT', 'Partech',
    'Eurazeo', 'Hillhouse Capital|Hillhouse', 'HongShan', 'Qiming Venture Partners', 'Intel Capital', 'Google Ventures|GV',
    'Salesforce Ventures',
  ],
  media: [
    'Disney|Walt Disney|Walt Disney Co|Walt Disney Company|The Walt Disney Company', 'Pixar|Pixar Animation Studios',
    'Marvel Studios', 'Marvel Entertainment', 'Lucasfilm', 'Warner Bros|Warner Bros.|Warner Bros Discovery|Warner Bros. Discovery',
    'HBO', '~Paramount|Paramount Global', 'NBCUniversal', 'Universal Music|Universal Music Group', 'Time Warner', 'WarnerMedia',
    'Sony Music Entertainment', 'Warner Music|Warner Music Group', 'EMI', 'Hulu', 'ESPN', 'MTV', 'Viacom', 'ViacomCBS', 'Lionsgate',
    'DreamWorks', 'MGM', 'Fox Corporation', '21st Century Fox', 'News Corp', 'Sky Group', 'ITV', 'Channel 4', '~Discovery',
    'BBC Worldwide', 'Endemol', 'Live Nation', 'Ticketmaster', 'Bertelsmann', 'Vivendi', 'Universal Pictures', 'A24',
    'National Football League|NFL', 'National Basketball Association|NBA', 'Major League Baseball|MLB',
    'National Hockey League|NHL', 'FIFA', 'UEFA', 'Premier League', 'International Olympic Committee|IOC',
  ],
  retail: [
    'Walmart|Wal-Mart', 'Costco', 'Best Buy', 'Tesco', 'Sainsbury’s|Sainsbury\'s', 'Argos', 'Currys', 'Dixons',
    'Carphone Warehouse', 'GameStop', 'Home Depot', 'Kroger', 'Alibaba Health', 'Aldi', 'Lidl', 'Ikea|IKEA', 'Nike', 'Adidas',
    'Starbucks', 'McDonald’s|McDonald\'s', 'Coca-Cola', 'PepsiCo', 'Procter & Gamble|P&G', 'Unilever', 'Nestlé|Nestle',
    'Johnson & Johnson', 'Pfizer', 'Moderna', 'AstraZeneca', '~Shell', 'BP', 'ExxonMobil|Exxon', '~Chevron', 'Saudi Aramco|Aramco',
    'Walgreens', 'CVS',
  ],
  universities: [
    'MIT|Massachusetts Institute of Technology', 'Stanford University|Stanford', 'Harvard University|Harvard',
    'University of Oxford|Oxford University', 'University of Cambridge|Cambridge University',
    'Carnegie Mellon University|Carnegie Mellon|CMU', 'UC Berkeley|University of California, Berkeley',
    'Caltech|California Institute of Technology', 'Imperial College London|Imperial College', 'Tsinghua University|Tsinghua',
    'Peking University', 'Princeton University|Princeton', 'Yale University|Yale', 'Columbia University',
    'Cornell University|Cornell', 'University College London|UCL', 'ETH Zurich', 'University of Toronto', 'Georgia Tech',
    'Johns Hopkins University|Johns Hopkins', 'Pew Research Center|Pew Research', 'Brookings Institution|Brookings',
    'RAND Corporation|RAND', 'MIT Media Lab', 'Xerox PARC|PARC', 'Bell Labs', 'Mayo Clinic',
  ],
};

const PRODUCTS = {
  aiModels: [
    'GPT-3', 'GPT-3.5', 'GPT-4', 'GPT-4o', 'GPT-4 Turbo', 'GPT-4.5', 'GPT-4.1', 'GPT-5', 'o1', 'o1-mini', 'o3', 'o3-mini',
    'o4-mini', 'DALL-E|DALL·E|Dall-E', 'DALL-E 2', 'DALL-E 3', '~Sora', '~Codex', 'ChatGPT', 'ChatGPT Plus', '~Claude', 'Claude 2',
    'Claude 3', 'Claude 3.5 Sonnet', 'Claude 3 Opus', 'Claude Code', '~Gemini', 'Gemini Pro', 'Gemini Ultra', 'Gemini Nano',
    'Gemini 1.5', 'Gemini 2.0', 'Gemini 2.5', '~Bard', 'PaLM', 'PaLM 2', 'LaMDA', '~Gemma', 'Llama', 'Llama 2', 'Llama 3',
    'Llama 3.1', 'Llama 4', 'LLaMA', 'Mistral Large', 'Mixtral', 'Le Chat', 'Grok', 'Copilot|GitHub Copilot|Microsoft Copilot',
    'Bing Chat', 'Ernie Bot|~Ernie', 'Qwen', 'Tongyi Qianwen', 'DeepSeek-R1', 'DeepSeek-V3', '~Kimi', 'Stable Diffusion', 'Phi-3',
    'Imagen', 'Veo', 'AlphaGo', 'AlphaFold', 'AlphaZero', '~Watson|IBM Watson', 'Cortana', '~Siri', '~Alexa', 'Google Assistant',
    'Bixby', '~Tay', 'Galactica', 'Midjourney V6', '~Firefly|Adobe Firefly', 'Apple Intelligence', 'Perplexity Pro', 'NotebookLM',
    '~Operator',
  ],
  devices: [
    'iPhone', 'iPad', 'iPad Pro', 'iPad Air', 'iPad Mini', 'iPod', 'iPod Nano|iPod nano', 'iPod Shuffle|iPod shuffle',
    'iPod Touch|iPod touch', 'iPod Mini|iPod mini', '~Mac', 'MacBook', 'MacBook Air', 'MacBook Pro', 'iMac', 'Mac Pro',
    'Mac Mini|Mac mini', 'Apple Watch', 'AirPods', 'AirPods Pro', 'Vision Pro|Apple Vision Pro', 'HomePod', 'Apple TV', 'AirTag',
    '~Newton', '~Pixel|Google Pixel', 'Pixel Watch', 'Pixelbook', '~Nexus', 'Chromebook', 'Chromecast', 'Nest Hub', 'Google Glass',
    '~Galaxy|Samsung Galaxy', 'Galaxy Note', 'Galaxy Tab', 'Galaxy Fold', 'Galaxy Z Fold', 'Galaxy Z Flip', 'Galaxy Watch', 'Xbox',
    'Xbox 360', 'Xbox One', 'Xbox Series X', 'Xbox Series S', 'PlayStation', 'PlayStation 2|PS2', 'PlayStation 3|PS3',
    'PlayStation 4|PS4', 'PlayStation 5|PS5', 'PS One|PSone', 'PSP|PlayStation Portable', 'PS Vita|PlayStation Vita',
    'PlayStation VR|PSVR', '~Switch|Nintendo Switch', 'Switch 2|Nintendo Switch 2', 'Wii', 'Wii U', 'Nintendo DS|~DS',
    'Nintendo 3DS|3DS', 'DS Lite', 'Game Boy', 'Game Boy Advance|GBA', 'Game Boy Color', 'GameCube', 'Nintendo 64|N64', 'Dreamcast',
    'Mega Drive', 'Sega Saturn', 'N-Gage', '~Kindle', 'Kindle Fire', 'Fire TV', 'Fire Phone', '~Echo|Amazon Echo', 'Echo Dot',
    '~Surface|Microsoft Surface', 'Surface Pro', 'HoloLens', 'Zune', 'Meta Quest|Oculus Quest', 'Oculus Rift', 'Ray-Ban Meta',
    'Walkman', 'Discman', 'Razr|Motorola Razr', 'ThinkPad', 'Steam Deck', 'Tesla Model 3|Model 3', 'Model S', 'Model X', 'Model Y',
    'Cybertruck', 'Starlink', 'Falcon 9', 'Falcon Heavy', '~Starship', 'New Shepard', 'Roomba', 'Fitbit Charge', 'Apple Pencil',
    'Magic Mouse', 'Treo', 'BlackBerry Curve', 'BlackBerry Bold', 'Nokia N95', 'Lumia|Nokia Lumia', 'Palm Pilot', 'PalmPilot',
    '~Sidekick', 'Tamagotchi', 'Segway', 'Raspberry Pi', 'Arduino', 'TiVo', 'Slingbox', 'Sonos One',
  ],
  chips: [
    'GeForce', 'GeForce Now', 'Radeon', 'Ryzen', 'Epyc|EPYC', 'Xeon', 'Pentium', 'Celeron', 'Itanium', 'Core i7', 'Core i9',
    'Core Ultra', 'Snapdragon', 'Exynos', 'Kirin', 'Dimensity', 'A100', 'H100', 'H200', 'B200', 'GB200', 'Blackwell',
    'Grace Hopper', 'CUDA', 'Graviton', 'Trainium', 'Inferentia', 'Gaudi', 'Apple M1', 'Apple M2', 'Apple M3', 'Apple M4',
    'Tensor Processing Unit',
  ],
  software: [
    '~Windows', 'Windows XP', 'Windows Vista', 'Windows 7', 'Windows 8', 'Windows 10', 'Windows 11', 'Windows 95', 'Windows 98',
    'Windows 2000', 'Windows ME', 'Windows NT', 'Windows Phone', 'Windows Mobile', 'Windows Server', 'Windows Media Player',
    'macOS', 'Mac OS X|OS X|Mac OS', 'iOS', 'iPadOS', 'watchOS', 'visionOS', 'Android', 'Linux', 'Ubuntu', 'Chrome OS|ChromeOS',
    'HarmonyOS', 'Symbian', 'Solaris', 'Unix|UNIX', 'Red Hat Enterprise Linux', 'Debian', 'MS-DOS', 'Tizen', 'webOS',
    'BlackBerry OS', 'Gmail', 'Google Search', 'Google Maps', 'Google Drive', 'Google Docs', 'Google Play', 'Google Play Store',
    'Google Cloud', 'Google Photos', 'Google Translate', 'Google News', 'Google Earth', 'Google Chrome', 'Google Stadia|Stadia',
    'Google Meet', 'Google Workspace', 'Google Ads', 'AdSense', 'AdWords', 'Google Fiber', 'Google Wallet', 'Google Pay',
    'Google TV', 'Android Auto', 'YouTube Music', 'YouTube TV', 'YouTube Premium', 'YouTube Shorts', 'Azure|Microsoft Azure',
    '~Office|Microsoft Office', 'Office 365', 'Microsoft 365', '~Outlook', 'Hotmail', 'Microsoft Teams', '~Bing', 'Xbox Live',
    'Xbox Game Pass|Game Pass', 'Microsoft Edge', 'Internet Explorer', 'Microsoft Word', 'Microsoft Excel', 'PowerPoint',
    'OneDrive', 'SharePoint', 'Visual Studio', 'iTunes', 'iTunes Store', 'iCloud', 'App Store', 'Apple Music', 'Apple Pay',
    'Apple Arcade', 'Apple TV+', 'FaceTime', 'iMessage', 'Apple Maps', 'Safari', '~Chrome', 'Firefox', 'Netscape Navigator',
    'Prime Video|Amazon Prime Video', 'Amazon Prime', 'Alexa+', 'Disney+|Disney Plus', 'HBO Max', 'Paramount+', 'ESPN+', '~Peacock',
    '~Pandora', 'Venmo', 'Zelle', 'Cash App', 'Alipay', 'WeChat|Weixin', 'WeChat Pay', 'QQ', 'Douyin', 'Weibo', 'Taobao', 'Tmall',
    'Facebook Messenger', '~Threads', 'Instagram Reels', 'Photoshop', '~Acrobat', 'Premiere Pro', 'Lightroom', '~Flash|Adobe Flash',
    '~Java', 'Oracle Database', 'SAP HANA', 'Slack Connect', 'Zoom Phone', '~Steam', 'Epic Games Store', 'Battle.net',
    'Xbox Cloud Gaming|xCloud|Project xCloud', 'PlayStation Network|PSN', 'PlayStation Plus', 'Nintendo Switch Online',
    'Twitch Prime', 'BitTorrent', 'LimeWire', 'Kazaa Lite', 'Skype for Business', 'WhatsApp Business', 'Google Lens', 'Google Home',
    'Google Now', 'Google+|Google Plus', 'Orkut', 'Picasa', 'Google Reader', 'Google Wave', 'Google Buzz', 'Yahoo Mail',
    'Yahoo Finance', 'Flickr', 'AOL Instant Messenger|~AIM', 'ICQ', 'RealPlayer', 'QuickTime', 'Winamp',
    'Internet Information Services', '~Apache', 'Kubernetes', '~Docker', 'TensorFlow', 'PyTorch', 'Bing Image Creator', '~Notepad',
    '~Paint', 'Minecraft', 'Fortnite', 'Spotify Premium', 'MSN Messenger', 'Windows Live', 'Live Search', 'Yahoo Messenger',
    'Google Talk', 'Google Desktop', 'Froogle', 'Google Video', 'iTunes Music Store', 'iPod Photo', '~Thunderbird', 'SuSE|SUSE',
    'Mandrake|Mandriva', 'FreeBSD', 'OpenOffice|OpenOffice.org', 'LibreOffice', 'MySQL', 'PostgreSQL', 'JavaScript', 'Shockwave',
    'WinZip', 'Dreamweaver', '~Excel', 'Visual Basic', 'DirectX', 'Windows Live Messenger', 'Google Gemini', 'Microsoft Bing',
    'Bing Maps',
  ],
  games: [
    'Grand Theft Auto|GTA', 'Call of Duty', '~Halo', 'Halo 2', 'Halo 3', 'Super Mario', 'Super Mario Bros', 'Mario Kart',
    '~Zelda|The Legend of Zelda', 'Pokémon|Pokemon', 'Pokémon Go|Pokemon Go', 'Tetris', 'World of Warcraft', 'The Sims', 'SimCity',
    'Candy Crush|Candy Crush Saga', 'Angry Birds', 'League of Legends', 'Red Dead Redemption', 'Red Dead Redemption 2',
    'Assassin’s Creed|Assassin\'s Creed', 'Tomb Raider', 'Resident Evil', 'Final Fantasy', 'Metal Gear Solid', 'Street Fighter',
    'Mortal Kombat', 'Sonic the Hedgehog', '~Doom', '~Quake', 'Half-Life', 'Half-Life 2', 'Counter-Strike', 'Overwatch',
    'Starcraft|StarCraft', 'Diablo', 'EverQuest', 'Second Life', 'Animal Crossing', 'Elden Ring', 'Cyberpunk 2077', 'The Witcher',
    'Skyrim', '~Fallout', 'FIFA 23', 'EA Sports FC', 'Madden NFL', 'Gran Turismo', 'God of War', 'The Last of Us', '~Uncharted',
    'Gears of War', '~Forza', 'Destiny 2', 'Apex Legends', 'PUBG', 'Valorant', 'Dota 2', 'Hearthstone', 'Clash of Clans', 'Pac-Man',
    'Space Invaders', 'Donkey Kong', 'Lemmings', '~Pong', '~Myst', 'Guitar Hero', 'Rock Band', 'Wii Sports', 'Brain Training',
    'Nintendogs', 'Metroid', '~Kirby', 'Splatoon', 'Genshin Impact', 'Baldur’s Gate 3', 'Hogwarts Legacy', 'Starfield', 'Palworld',
    'Among Us', 'Fall Guys', 'Rocket League',
  ],
};

const PLACES = {
  countriesAndRegions: [
    'United States|U.S.|US|USA|U.S.A.|United States of America', 'United Kingdom|UK|U.K.', 'Britain|Great Britain', 'England',
    'Silicon Valley', 'Wall Street', 'Bay Area|San Francisco Bay Area', 'Middle East', 'Scandinavia', 'Oceania', 'Catalonia',
    'Latin America', 'West Indies', 'Southeast Asia|South East Asia', 'Asia-Pacific|Asia Pacific', 'Sub-Saharan Africa', '~Gulf',
    'Balkans', 'Hong Kong', 'Taiwan', 'Macau', 'Xinjiang', 'Tibet', 'Kashmir', 'Crimea', 'Donbas', 'Gaza', 'West Bank',
    'Puerto Rico', 'Philippines', 'Laos',
  ],
  techCities: [
    'Hollywood', 'Cupertino', 'Redmond', 'Menlo Park', 'Mountain View', 'Palo Alto', 'Santa Clara', 'Sunnyvale', 'San Jose',
    'Armonk', 'Burbank', 'Las Vegas', 'Shenzhen', 'Hangzhou', 'Hsinchu', 'Espoo', 'Bengaluru|Bangalore', '~Austin', 'Seattle',
    'Washington, D.C.|Washington, DC|Washington DC|Washington D.C.', '~Cambridge', '~Oxford', 'Cannes', 'Davos', 'Shoreditch',
    'Canary Wharf', 'Westminster', 'Brussels', 'Strasbourg', 'Luxembourg', 'Zug', 'Tel Aviv', 'Dubai', 'Abu Dhabi', 'Riyadh',
    'Doha', 'Singapore', 'Seoul', 'Tokyo', 'Osaka', 'Kyoto', 'Taipei', 'Beijing', 'Shanghai', 'Guangzhou', 'Wuhan', 'Chengdu',
    'Mumbai', 'New Delhi', 'Hyderabad', 'Chennai', 'Pune', 'Lagos', 'Nairobi', 'Cape Town', 'Johannesburg', 'São Paulo|Sao Paulo',
    'Toronto', 'Vancouver', 'Montreal', '~Waterloo', 'Boston', 'New York City|NYC', 'Manhattan', 'Brooklyn', 'Los Angeles|LA',
    'San Diego', 'Chicago', 'Atlanta', 'Miami', 'Denver', 'Dallas', 'Houston', 'Detroit', 'Pittsburgh', '~Phoenix', '~Portland',
    'Salt Lake City', 'Raleigh', 'Boca Chica', 'Cape Canaveral', 'Kennedy Space Center', '~Hawthorne', '~Fremont', '~Reno',
    'Berlin', 'Munich', 'Paris', 'Stockholm', 'Helsinki', 'Amsterdam', 'Eindhoven', 'Veldhoven', 'Zurich', 'Geneva', 'Dublin',
    'Barcelona', 'Madrid', 'Milan', 'Moscow', 'Kyiv|Kiev', 'Warsaw', 'Edinburgh', '~Manchester', 'Belfast', 'Bristol', 'Leeds',
    '~Birmingham',
  ],
  celestial: [
    '~Moon', '~Earth', 'Mars', 'Jupiter', 'Saturn', 'Venus', '~Mercury', 'Neptune', 'Uranus', 'Pluto', 'Europa', 'Ganymede',
    'Callisto', 'Enceladus', '~Titan', 'Ceres', 'Vesta', 'Bennu', 'Ryugu', 'Phobos', 'Deimos', 'Milky Way', 'Andromeda',
  ],
};

/** One written form of an entry. */
export interface LexiconForm {
  readonly text: string;
  readonly entry: LexiconEntry;
  /** Also a common word ("Apple", "Windows"): it needs its capital, and a position where a common word would not have one. */
  readonly ambiguous: boolean;
}

function entries(type: EntityType, groups: Record<string, readonly string[]>): LexiconEntry[] {
  return Object.values(groups).flatMap((group) =>
    group.map((written) => {
      const forms = written.split('|');
      return { name: forms[0]!.replace(/^~/, ''), type, forms };
    }),
  );
}

const LEXICON: readonly LexiconEntry[] = [
  ...entries('organization', ORGANIZATIONS),
  ...entries('product', PRODUCTS),
  ...entries('place', PLACES),
];

/** The key a form is found by: the lower-cased letters and digits it starts with ("at" for "AT&T", "gpt" for "GPT-4o"). */
export function leadingKey(text: string): string {
  // ASCII by its codes, the common case; from the first other character on, the Unicode pattern reads the text.
  let end = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0x80) return LEADING_LETTERS.exec(text)![0].toLowerCase();
    if (!isAsciiLetterOrDigit(code)) break;
  }
  return text.slice(0, end).toLowerCase();
}

const LEADING_LETTERS = /^[\p{L}\p{N}]*/u;

/**
 * Whether two texts are the same lower-cased (`a.toLowerCase() === b.toLowerCase()`), settled without building either
 * when they differ within their ASCII start, as nearly every text tried against a form does ("The company" and "The Information").
 */
export function sameLowerCase(a: string, b: string): boolean {
  if (a.length !== b.length) return a.toLowerCase() === b.toLowerCase();
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase();
    if (asciiLowerCase(x) !== asciiLowerCase(y)) return false;
  }
  return true;
}

/** Forms by their leading key, longest first, so the first that matches is the longest; a form listed twice keeps its first entry. */
const formsByKey = new Map<string, LexiconForm[]>();
const seen = new Set<string>();
for (const entry of LEXICON) {
  for (const written of entry.forms) {
    const text = written.replace(/^~/, '');
    if (seen.has(text)) continue;
    seen.add(text);
    const key = leadingKey(text);
    const list = formsByKey.get(key) ?? [];
    list.push({ text, entry, ambiguous: written.startsWith('~') });
    formsByKey.set(key, list);
  }
}
for (const list of formsByKey.values()) list.sort((a, b) => b.text.length - a.text.length);

const entriesByForm = new Map<string, LexiconEntry>();
for (const list of formsByKey.values()) for (const form of list) entriesByForm.set(form.text.toLowerCase(), form.entry);

/** The entry one of whose forms is `text`, ignoring case. */
export function entryWritten(text: string): LexiconEntry | undefined {
  return entriesByForm.get(text.toLowerCase());
}

/** The lexicon forms whose leading key is `key` (or, for a plural, its singular), longest first. */
export function formsWithKey(key: string, plural = false): readonly LexiconForm[] {
  const forms = formsByKey.get(key) ?? [];
  const singular = plural && key.endsWith('s') ? formsByKey.get(key.slice(0, -1)) : undefined;
  return singular ? [...forms, ...singular] : forms;
}

const TAG_OF: Record<EntityType, string> = {
  organization: 'Organization',
  product: 'Product',
  place: 'Place',
  person: 'Person',
};

/**
 * The unambiguous forms as compromise words (lower-cased form → tag). compromise looks words up in lower case, so
 * the ambiguous forms ("apple"), the abbreviations in capitals ("US" is "us", "SEC" is "sec") and forms with
 * punctuation other than a hyphen or an apostrophe are left to the entities stage, which matches them as written.
 */
export function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const list of formsByKey.values()) {
    for (const form of list) {
      const plain = /^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u.test(form.text) && form.text !== form.text.toUpperCase();
      if (!form.ambiguous && plain) words[form.text.toLowerCase()] = TAG_OF[form.entry.type];
    }
  }
  return words;
}
