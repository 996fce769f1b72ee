package se.helhet.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Name traditions of the synthetic families: common Swedish names and names common in larger immigrant
 * communities in Sweden, so that lists look like a real district. Deliberately includes å, ä, ö, é and other
 * marks so accent-insensitive search can be shown. None of these names appears in the source documents.
 */
enum Origin {

    SWEDISH(null, 0.765,
            "Anna Karin Linda Jenny Malin Helena Johanna Therese Camilla Lena Åsa Ulrika Annika Frida Ida Louise "
                    + "Matilda Josefin Linnéa Amanda Elin Emelie Sandra Jessica Petra Susanne Katarina Mia Lotta "
                    + "Kristina Madeleine Caroline Ingrid Sanna Tove",
            "Erik Lars Anders Ulf Mikael Magnus Jonas Fredrik Daniel Andreas Niklas Martin Patrik Tobias Stefan "
                    + "Peter Thomas Marcus Jesper Björn Göran Ola Rickard Kristoffer André Mattias Simon Viktor Emil",
            "Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Gustafsson Pettersson Jonsson Jansson "
                    + "Lindberg Lindqvist Lindström Magnusson Axelsson Bergström Lundberg Lundgren Lundqvist "
                    + "Mattsson Berglund Fredriksson Sandberg Forsberg Sjöberg Wallin Engström Danielsson Håkansson "
                    + "Eklund Lundin Gunnarsson Holm Bergqvist Björk Samuelsson Nyström Holmberg Arvidsson Löfgren "
                    + "Söderberg Nyberg Blomqvist Nordström Mårtensson Lundström Viklund Björklund Åberg Östlund "
                    + "Sjögren Bäckström Ekström Öberg Strömberg Hägglund Sundström Åkesson Söderström Hedlund "
                    + "Dahl Falk Berg Lind Holmqvist Sjöström Hellström Rönnqvist Backlund Vikström Nordin Åström "
                    + "Östberg Lindén Rosén Sandén Almén"),
    FINNISH("finska", 0.04,
            "Aino Tiina Päivi Riikka Heli Minna Anu Satu Kaisa",
            "Jukka Mikko Juha Antti Timo Kari Jari Heikki Pekka",
            "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen"),
    ARABIC("arabiska", 0.05,
            "Fatima Aisha Mariam Noor Layla Yasmin Rania Hiba Lina Zainab Amira Salma",
            "Mohammed Ahmed Ali Omar Yousef Hassan Karim Khaled Ibrahim Tariq Sami Adnan",
            "Haddad Khalil Mansour Saleh Nasser Abbas Hamdan Yassin Darwish Aziz"),
    SOMALI("somaliska", 0.025,
            "Hodan Amina Sahra Ayaan Faadumo Hibaaq Ifrah Nimco Ubah",
            "Abdi Abdirahman Mahad Liban Guled Hamza Bashir Mukhtar",
            "Warsame Farah Osman Jama Hersi Abdullahi Yusuf Mohamud Ismail"),
    PERSIAN("persiska", 0.025,
            "Shirin Parisa Niloufar Maryam Leila Azadeh Roya Yasaman Darya",
            "Reza Amir Dariush Kian Babak Farhad Arash Navid Behrouz",
            "Ahmadi Hosseini Karimi Rahimi Mohammadi Rezaei Jafari Sadeghi Moradi Amini"),
    TIGRINYA("tigrinja", 0.015,
            "Selam Senait Mebrat Yordanos Saba Rahel Luwam Feven",
            "Yonas Dawit Tesfaye Kidane Robel Habtom Mehari Filmon",
            "Tesfamariam Gebremedhin Berhane Habte Tekle Ghebre Weldu Kahsay"),
    POLISH("polska", 0.025,
            "Agnieszka Katarzyna Magdalena Joanna Zofia Ewa Natalia Aleksandra",
            "Piotr Tomasz Krzysztof Marek Jakub Kacper Wojciech Marcin Szymon",
            "Nowak Wójcik Kowalczyk Mazur Krawczyk Kaczmarek Pawlak Dudek Sikora Baran"),
    BOSNIAN("bosniska", 0.02,
            "Amra Lejla Emina Aida Merima Jasmina Ajla",
            "Emir Haris Kenan Mirza Edin Armin Tarik",
            "Hodžić Begić Halilović Mehmedović Hadžić Kovačević Delić Suljić"),
    TURKISH("turkiska", 0.02,
            "Elif Zeynep Ayşe Emine Derya Esra Büşra",
            "Mehmet Mustafa Emre Burak Kemal Murat Serkan",
            "Kaya Demir Şahin Çelik Öztürk Arslan Doğan Koç"),
    ENGLISH("engelska", 0.015,
            "Emily Charlotte Grace Sophie Lucy Chloe Rose",
            "James George Henry Jack Harry Oscar Callum",
            "Smith Taylor Brown Wilson Evans Walker Wright Hughes");

    // Modern Swedish names for the children; the adult lists above fit parents born 1965-2005.
    private static final List<String> SWEDISH_GIRLS = words(
            "Alice Maja Elsa Astrid Wilma Freja Olivia Ebba Alma Selma Ella Agnes Alva Vera Saga Lilly Ellen "
                    + "Stella Clara Tyra Signe Svea Nora Nellie Siri Majken Ines Lova Tilde Hedda Ronja Elvira Moa");
    private static final List<String> SWEDISH_BOYS = words(
            "Lucas William Liam Hugo Oliver Elias Noah Adam Alexander Leo Vincent Theo Olle Nils Axel Ludvig "
                    + "Melvin Sixten Malte Vidar Love Isak Gustav Arvid Filip Viggo Frans Otto Edvin Måns");

    private final String language;
    private final double share;
    private final List<String> women;
    private final List<String> men;
    private final List<String> familyNames;

    Origin(String language, double share, String women, String men, String familyNames) {
        this.language = language;
        this.share = share;
        this.women = words(women);
        this.men = words(men);
        this.familyNames = words(familyNames);
    }

    static Origin pick(Random random) {
        double x = random.nextDouble();
        for (Origin origin : values()) {
            x -= origin.share;
            if (x < 0) {
                return origin;
            }
        }
        return SWEDISH;
    }

    /** The language an adult of this origin may prefer for conversations with social services, or null. */
    String language() {
        return language;
    }

    String givenName(Random random, boolean female, boolean child) {
        // Many children in immigrant families get names that are common in Sweden too.
        boolean swedishChildName = child && (this == SWEDISH || random.nextDouble() < 0.3);
        List<String> names = swedishChildName
                ? (female ? SWEDISH_GIRLS : SWEDISH_BOYS)
                : (female ? women : men);
        return names.get(random.nextInt(names.size()));
    }

    String familyName(Random random) {
        return familyNames.get(random.nextInt(familyNames.size()));
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }
}
